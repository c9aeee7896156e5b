<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} a fost omis: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Imaginea {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Discul este plin: sunt necesari {size} în {folder}. Nu a fost salvat.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversație</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Întreabă orice sau trage aici o imagine ca să vorbim despre ea.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mesaj pentru Oriel (Enter pentru trimitere, Shift+Enter pentru rând nou)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Atașează imagini</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Trimite mesajul</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Oprește răspunsul</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Editezi un mesaj anterior. La trimitere, versiunea veche se păstrează.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Renunță la editare</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Elimină imaginea {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imagini ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Un mesaj poate conține cel mult %n imagine.</numerusform>
            <numerusform>Un mesaj poate conține cel mult %n imagini.</numerusform>
            <numerusform>Un mesaj poate conține cel mult %n de imagini.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>„{names}” nu este o imagine pe care Oriel o poate citi. Poți atașa imagini PNG, JPEG, WebP, GIF sau BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Imagine lipită {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Motor la distanță</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Răspunde cu un server în loc de acest computer</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Orice server compatibil cu OpenAI (vLLM, SGLang, llama.cpp, Ollama). Mesajele și imaginile tale îi sunt trimise, iar fereastra arată asta cât timp este activat.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa serverului</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Numele modelului</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Gol: singurul model al serverului</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Cheie API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Uită cheia</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Server API local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Oferă modelul încărcat altor aplicații de pe acest computer</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copiază adresa</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiază tokenul</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identitate</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Copiază identitatea</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Cheia este păstrată doar pentru această sesiune.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Pentru acest server este salvată o cheie. Tastează una nouă ca s-o înlocuiești.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Lasă cheia goală dacă serverul nu are nevoie de una.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Neconectat: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Conectat la {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Un client poate verifica că pe acest port este Oriel înainte să trimită tokenul: trimite un antet {challenge} aleatoriu, iar Oriel răspunde cu {proof}, HMAC-SHA256 al provocării cu această identitate drept cheie. Un alt program de pe port nu poate face asta.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Cheia API ar fi trimisă necriptată către {destination}: oricine din rețeaua dintre ar putea-o citi. Folosiți o adresă https:// dacă serverul are una. O trimiteți totuși?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Pe acest computer nu există un portchei în care cheia API să fie păstrată în siguranță.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Pornește portcheiul mediului tău desktop (de exemplu GNOME Keyring sau KWallet) și încearcă din nou, păstrează cheia într-un fișier pe care doar contul tău de utilizator îl poate citi (nu este criptat) sau păstreaz-o doar până se închide Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Salvează într-un fișier (necriptat)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Doar această sesiune</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Bun venit în Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel este un asistent care rulează în întregime pe acest computer. Conversațiile și imaginile tale rămân aici: nu există cont, nici telemetrie, iar Oriel folosește rețeaua doar când descarci un model.

Acum alege un model. Modelele mai mari răspund mai bine, dar au nevoie de mai multă memorie și sunt mai lente.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Alege un model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: descărcare de {download}, necesită aproximativ {ram} de memorie</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(recomandat pentru acest computer)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(instalat)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importă un dosar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reia</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarcă</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Începe conversația</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresul descărcării</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Se descarcă…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importă dosarul unui model</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Modelul este pregătit.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imagine</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Imagine la dimensiune completă</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivelul microfonului</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Tokenul este păstrat în portcheiul sistemului.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Tokenul este păstrat într-un fișier pe care doar contul tău de utilizator îl poate citi, în {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Portul {port} este deja folosit de alt program: alege alt port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Serverul nu a putut porni: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Chat nou</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Caută în chaturi</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Oprește răspunsul</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Mergi la caseta de mesaj</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Regenerează ultimul răspuns</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Instrumente</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chaturi</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chaturi și conversație</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Viteză</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Context folosit</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Se pot atașa doar fișiere de pe acest computer.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Se conectează la {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motorul nu este disponibil</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motorul este oprit</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Se pornește motorul…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Se încarcă Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Niciun model încărcat</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>La distanță</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokeni/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Context {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} nu este instalat. Descarcă-l din Setări.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versiunea anterioară</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versiunea următoare</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Copiază</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiază mesajul</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Editează</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Editează acest mesaj și retrimite-l</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Regenerează</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Regenerează acest răspuns</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Mesajul tău</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Raționament</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Imaginea {number} din {total}, deschide la dimensiune completă</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versiunea {version} din {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Se gândește…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>S-a gândit %Ln s</numerusform>
            <numerusform>S-a gândit %Ln s</numerusform>
            <numerusform>S-a gândit %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Raționament</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Oprit.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Întrerupt: Oriel s-a închis înainte ca acest răspuns să fie gata.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Vorbește în loc să scrii ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Oprește înregistrarea și transcrie ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Se transcrie… dă clic pentru a opri</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>În pauză. Ce s-a descărcat se păstrează: pornește din nou ca să reiei.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RemoteBanner</name>
    <message>
        <source>Remote engine</source>
        <extracomment>the banner&apos;s title while an OpenAI-compatible server answers instead of this computer</extracomment>
        <translation>Motor la distanță</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Folosește acest computer</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Dezactivează motorul la distanță</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Neconectat: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Se conectează la {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Mesajele și imaginile merg la alt program de pe acest computer ({destination}); nu părăsesc dispozitivul.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Mesajele și imaginile părăsesc acest computer: sunt trimise la {destination} printr-o conexiune criptată (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Mesajele și imaginile părăsesc acest computer: sunt trimise la {destination} necriptat (HTTP simplu), așa că alții din rețea le pot citi.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Introdu adresa serverului, care începe cu http:// sau https://, de exemplu http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Conexiuni</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Dimensiunea modelului</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Lungimea contextului (tokeni)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Dosarul modelelor</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucțiuni de sistem</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokeni per imagine</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temă</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperatură</translation>
    </message>
    <message>
        <source>Top p</source>
        <extracomment>nucleus sampling; usually kept as the technical term</extracomment>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Top k</source>
        <extracomment>top-k sampling; usually kept as the technical term</extracomment>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Min p</source>
        <extracomment>min-p sampling; usually kept as the technical term</extracomment>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Penalizare pentru repetare</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalizare pentru prezență</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarcă</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Descarcă modelul selectat</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresul descărcării</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Alege dosarul modelelor</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Dosar implicit</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Gândește înainte de a răspunde (mai lent, adesea mai bine)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Revino la recomandat</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Readu eșantionarea la valorile recomandate pentru acest model</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secțiunile setărilor</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automat (cel mai bun disponibil)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Nefolosit: răspunde un motor la distanță (vezi Conexiuni).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>În uz: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} din {total} noduri rulează pe {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Încă nu este încărcat niciun model.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Ca sistemul</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Luminoasă</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Întunecată</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalat</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Instalat. Necesită aproximativ {ram} de memorie.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Neinstalat: descărcare de {size}. Necesită aproximativ {ram} de memorie.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Chat nou</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Caută în chaturi</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversații</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Redenumește</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportă ca Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportă ca JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Șterge chatul</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Ștergi „{title}”? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportă chatul</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raționament</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Nu s-a putut salva „{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>S-a salvat „{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Model de vorbire (introducere vocală)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarcă</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Descarcă modelul de vorbire selectat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Anulează descărcarea</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importă un dosar…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importă un dosar cu un model de vorbire</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresul descărcării</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: rapid (recomandat)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: mai precis, mai lent</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalat</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Instalat ({size}). Introducerea vocală îl va folosi după ce apeși OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Instalat ({size}). Introducerea vocală folosește acest model.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Încă nu este instalat niciun model de vorbire: introducerea vocală are nevoie de unul.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Neinstalat.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Înregistrarea a fost prea scurtă pentru a fi transcrisă.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Microfonul a fost deconectat. Se transcrie ce s-a înregistrat.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Înregistrările se opresc după %n minut. Se transcrie acum.</numerusform>
            <numerusform>Înregistrările se opresc după %n minute. Se transcrie acum.</numerusform>
            <numerusform>Înregistrările se opresc după %n de minute. Se transcrie acum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel nu a auzit niciun cuvânt în înregistrare.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Nu este instalat niciun model de vorbire. Descarcă unul din Setări: în fila „Model”, la „Model de vorbire (introducere vocală)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Înregistrarea nu a putut fi transcrisă: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Nu s-a găsit niciun microfon. Conectează unul sau alege-l ca dispozitiv de intrare în setările de sunet ale sistemului.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel nu aude microfonul. Poate fi dezactivat sau Oriel nu are voie să îl folosească: verifică permisiunea pentru microfon în setările de confidențialitate ale sistemului.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Microfonul a fost deconectat înainte să se înregistreze ceva.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Introducerea vocală are nevoie de biblioteca audio PortAudio, care nu este instalată. Instalați-o cu „{command}”, apoi reporniți Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Introducerea vocală nu este disponibilă: lipsește biblioteca audio (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Microfonul nu a putut fi deschis ({reason}). Poate îl folosește alt program.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Niciun model nu este încărcat. Alege unul din Setări.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Fișierele modelului nu au fost găsite. Descarcă sau importă din nou modelul din Setări.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Fișierele modelului sunt deteriorate. Descarcă din nou modelul din Setări.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Nu este destulă memorie pentru acest model. Închide alte programe sau alege un model mai mic.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Conversația este mai lungă decât contextul modelului. Începe un chat nou sau mărește lungimea contextului din Setări.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Acceleratorul ales nu este disponibil. Alege „Automat” din Setări.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Una dintre imagini nu a putut fi citită.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Motorul s-a oprit neașteptat și repornește. Conversația ta este în siguranță.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Motorul nu corespunde acestei versiuni Oriel. Reinstalează Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host} nu poate fi accesat: verificați conexiunea sau importați un dosar.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Serverul la distanță nu a putut fi contactat. Verifică adresa lui și dacă rulează.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Serverul la distanță a refuzat cheia API. Verifică cheia în Setări.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Serverul la distanță nu are acel model. Verifică numele modelului în Setări.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Ceva nu a mers bine în motor.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel nu îți poate deschide chaturile: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>circa {words} cuvinte/s, citește o imagine în {seconds} s</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size} MB</translation>
    </message>
</context>
</TS>
