<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} bol vynechaný: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obrázok</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Obrázok {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disk je plný: v {folder} treba {size}. Neuložilo sa to.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konverzácia</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Opýtajte sa na čokoľvek alebo sem presuňte obrázok a porozprávajte sa o ňom.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Správa pre Oriel (Enter odošle, Shift+Enter začne nový riadok)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Priložiť obrázky</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odoslať</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Odoslať správu</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zastaviť</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zastaviť odpoveď</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Upravujete skoršiu správu. Po odoslaní sa stará verzia zachová.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Zrušiť úpravy</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Odstrániť obrázok {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Obrázky ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Správa môže obsahovať najviac %n obrázok.</numerusform>
            <numerusform>Správa môže obsahovať najviac %n obrázky.</numerusform>
            <numerusform>Správa môže obsahovať najviac %n obrázkov.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>„{names}“ nie je obrázok, ktorý Oriel dokáže prečítať. Môžete priložiť obrázky PNG, JPEG, WebP, GIF alebo BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Vložený obrázok {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Vzdialený engine</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Odpovedať pomocou servera namiesto tohto počítača</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Akýkoľvek server kompatibilný s OpenAI (vLLM, SGLang, llama.cpp, Ollama). Vaše správy a obrázky sa odosielajú naň a okno na to upozorňuje, kým je zapnutý.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa servera</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Názov modelu</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Prázdne: jediný model servera</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kľúč API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Zabudnúť kľúč</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokálny server API</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Poskytovať načítaný model ďalším aplikáciám na tomto počítači</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopírovať adresu</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopírovať token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identita</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopírovať identitu</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Kľúč je uložený len pre túto reláciu.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Pre tento server je uložený kľúč. Zadaním nového ho nahradíte.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Ak server kľúč nepotrebuje, nechajte pole prázdne.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nepripojené: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Pripojené k {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Klient si môže pred odoslaním tokenu overiť, že na tomto porte je Oriel: pošle náhodnú hlavičku {challenge} a Oriel odpovie {proof}, teda HMAC-SHA256 výzvy s touto identitou ako kľúčom. Iný program na porte to nedokáže.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Kľúč API by sa odoslal nešifrovane na {destination}: ktokoľvek v sieti po ceste by si ho mohol prečítať. Ak má server adresu https://, použite ju. Napriek tomu odoslať?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Na tomto počítači nie je kľúčenka, do ktorej by sa dal kľúč API bezpečne uložiť.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Spustite kľúčenku svojho prostredia (napríklad GNOME Keyring alebo KWallet) a skúste to znova, uložte kľúč do súboru, ktorý môže čítať len váš používateľský účet (nie je šifrovaný), alebo si ho ponechajte len do zatvorenia Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Uložiť do súboru (nešifrovane)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Len pre túto reláciu</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Vitajte v Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel je asistent, ktorý beží celý na tomto počítači. Vaše konverzácie a obrázky zostávajú tu: žiadne konto, žiadna telemetria a Oriel používa sieť len vtedy, keď sťahujete model.

Teraz si vyberte model. Väčšie modely odpovedajú lepšie, ale potrebujú viac pamäte a sú pomalšie.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovať</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Vyberte model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: na stiahnutie {download}, potrebuje asi {ram} pamäte</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(odporúčaný pre tento počítač)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(nainštalovaný)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importovať priečinok…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovať v sťahovaní</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Stiahnuť</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Začať konverzáciu</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Priebeh sťahovania</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Sťahuje sa…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importovať priečinok s modelom</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuje sa…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Model je pripravený.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Obrázok</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Obrázok v plnej veľkosti</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Úroveň mikrofónu</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Token je uložený v systémovej kľúčenke.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Token je uložený v súbore, ktorý môže čítať len váš používateľský účet, v priečinku {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} už používa iný program: vyberte iný port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Server sa nepodarilo spustiť: {reason}</translation>
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
        <translation>Nový chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Hľadať v chatoch</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zastaviť odpoveď</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Prejsť do poľa správy</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Znova vygenerovať poslednú odpoveď</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nastavenia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Nástroje</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chaty</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chaty a konverzácia</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerátor</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Rýchlosť</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Využitý kontext</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Priložiť možno len súbory z tohto počítača.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Pripája sa k {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Engine nie je dostupný</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine je zastavený</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Spúšťa sa engine…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Načítava sa Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nie je načítaný žiadny model</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Vzdialený</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokenov/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontext {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} nie je nainštalovaný. Stiahnite ho v Nastaveniach.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Predchádzajúca verzia</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Ďalšia verzia</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopírovať správu</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Upraviť</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Upraviť túto správu a odoslať znova</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Vygenerovať znova</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Znova vygenerovať túto odpoveď</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Vaša správa</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Odpoveď</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Úvaha</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Obrázok {number} z {total}, otvoriť v plnej veľkosti</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Verzia {version} z {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Premýšľa…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Úvaha: %Ln s</numerusform>
            <numerusform>Úvaha: %Ln s</numerusform>
            <numerusform>Úvaha: %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Úvaha</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zastavené.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Prerušené: Oriel sa zatvoril skôr, než bola odpoveď hotová.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Hovoriť namiesto písania ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Zastaviť nahrávanie a prepísať ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Prepisuje sa… kliknutím zastavíte</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Pozastavené. Čo sa už stiahlo, zostane: spustite sťahovanie znova a bude pokračovať.</translation>
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
        <translation>Vzdialený engine</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Použiť tento počítač</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Vypnúť vzdialený engine</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nepripojené: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Pripája sa k {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Správy a obrázky idú do iného programu na tomto počítači ({destination}); neopúšťajú zariadenie.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Správy a obrázky opúšťajú tento počítač: odosielajú sa na {destination} šifrovaným pripojením (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Správy a obrázky opúšťajú tento počítač: odosielajú sa na {destination} nešifrovane (obyčajné HTTP), takže ich môžu čítať ostatní v sieti.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Zadajte adresu servera začínajúcu na http:// alebo https://, napríklad http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavenia</translation>
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
        <translation>Vzhľad</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Pripojenia</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Veľkosť modelu</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerátor</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Dĺžka kontextu (tokeny)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Priečinok modelov</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systémový pokyn</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokeny na obrázok</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motív</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Teplota</translation>
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
        <translation>Penalizácia opakovania</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalizácia výskytu</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Stiahnuť</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Stiahnuť vybraný model</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Priebeh sťahovania</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Prehľadávať…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Vybrať priečinok modelov</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Predvolený priečinok</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Pred odpoveďou premýšľať (pomalšie, často lepšie)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Obnoviť odporúčané</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Obnoviť vzorkovanie na odporúčané hodnoty pre tento model</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sekcie nastavení</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automaticky (najlepší dostupný)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Nepoužíva sa: odpovedá vzdialený engine (pozri Pripojenia).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Používa sa: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} z {total} uzlov beží na {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Zatiaľ nie je načítaný žiadny model.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Podľa systému</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Svetlý</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Tmavý</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>nainštalovaný</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Nainštalovaný. Potrebuje asi {ram} pamäte.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Nie je nainštalovaný: na stiahnutie {size}. Potrebuje asi {ram} pamäte.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nový chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Hľadať v chatoch</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konverzácie</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Premenovať</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Odstrániť…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportovať ako Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportovať ako JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Odstrániť chat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Odstrániť „{title}“? Túto akciu nemožno vrátiť.</translation>
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
        <translation>Exportovať chat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Úvaha</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>„{path}“ sa nepodarilo uložiť: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Uložené „{path}“.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Model reči (hlasový vstup)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Stiahnuť</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Stiahnuť vybraný model reči</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Zrušiť sťahovanie</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importovať priečinok…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importovať priečinok s modelom reči</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Priebeh sťahovania</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: rýchly (odporúčaný)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: presnejší, pomalší</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>nainštalovaný</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Nainštalovaný ({size}). Hlasový vstup ho začne používať, keď stlačíte OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Nainštalovaný ({size}). Hlasový vstup používa tento model.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Zatiaľ nie je nainštalovaný žiadny model reči: hlasový vstup nejaký potrebuje.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nenainštalovaný.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Nahrávka bola na prepis príliš krátka.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofón sa odpojil. Prepisuje sa to, čo sa nahralo.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Nahrávanie sa končí po %n minúte. Nahrávka sa teraz prepisuje.</numerusform>
            <numerusform>Nahrávanie sa končí po %n minútach. Nahrávka sa teraz prepisuje.</numerusform>
            <numerusform>Nahrávanie sa končí po %n minútach. Nahrávka sa teraz prepisuje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel v nahrávke nepočul žiadne slová.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Nie je nainštalovaný žiadny model reči. Stiahnite ho v Nastaveniach: na karte „Model“ v časti „Model reči (hlasový vstup)“.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Nahrávku sa nepodarilo prepísať: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Nenašiel sa žiadny mikrofón. Pripojte ho alebo ho vyberte ako vstupné zariadenie v nastaveniach zvuku systému.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel mikrofón nepočuje. Možno je stlmený alebo ho Oriel nesmie používať: skontrolujte povolenie mikrofónu v nastaveniach súkromia systému.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofón sa odpojil skôr, než sa čokoľvek nahralo.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Hlasový vstup potrebuje zvukovú knižnicu PortAudio, ktorá nie je nainštalovaná. Nainštalujte ju príkazom „{command}“ a reštartujte Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Hlasový vstup nie je dostupný: chýba zvuková knižnica (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofón sa nepodarilo otvoriť ({reason}). Možno ho používa iný program.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Nie je načítaný žiadny model. Vyberte ho v Nastaveniach.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Súbory modelu sa nenašli. Stiahnite alebo importujte model znova v Nastaveniach.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Súbory modelu sú poškodené. Stiahnite model znova v Nastaveniach.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Na tento model nie je dosť pamäte. Zatvorte iné programy alebo vyberte menší model.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Konverzácia je dlhšia ako kontext modelu. Začnite nový chat alebo v Nastaveniach zvýšte dĺžku kontextu.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Zvolený akcelerátor nie je dostupný. V Nastaveniach zvoľte „Automaticky“.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Jeden z obrázkov sa nepodarilo prečítať.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Engine sa nečakane zastavil a znova sa spúšťa. Vaša konverzácia je v bezpečí.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Engine nezodpovedá tejto verzii Oriel. Preinštalujte Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Nedá sa spojiť s {host}: skontrolujte pripojenie alebo importujte priečinok.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Vzdialený server nie je dostupný. Skontrolujte jeho adresu a či beží.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Vzdialený server odmietol kľúč API. Skontrolujte kľúč v Nastaveniach.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Vzdialený server tento model nemá. Skontrolujte názov modelu v Nastaveniach.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>V engine sa niečo pokazilo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel nemôže otvoriť vaše chaty: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>asi {words} slov/s, obrázok prečíta za {seconds} s</translation>
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
