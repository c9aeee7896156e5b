<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} je izostavljen: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Slika</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Slika {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disk je pun: u {folder} potrebno je {size}. Nije spremljeno.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Razgovor</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Pitajte bilo što ili ovamo povucite sliku da biste razgovarali o njoj.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Poruka za Oriel (Enter za slanje, Shift+Enter za novi redak)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Priloži slike</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Pošalji</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Pošalji poruku</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zaustavi</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zaustavi odgovor</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Uređujete raniju poruku. Nakon slanja stara inačica ostaje sačuvana.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Odustani od uređivanja</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Ukloni sliku {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Slike ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Poruka može sadržavati najviše %n sliku.</numerusform>
            <numerusform>Poruka može sadržavati najviše %n slike.</numerusform>
            <numerusform>Poruka može sadržavati najviše %n slika.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>„{names}” nije slika koju Oriel može pročitati. Možete priložiti slike u formatu PNG, JPEG, WebP, GIF ili BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Zalijepljena slika {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Udaljeni pogon</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Odgovaraj pomoću poslužitelja umjesto ovog računala</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Bilo koji poslužitelj kompatibilan s OpenAI (vLLM, SGLang, llama.cpp, Ollama). Vaše poruke i slike šalju se njemu, a prozor to prikazuje sve dok je uključen.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa poslužitelja</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Naziv modela</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Prazno: jedini model poslužitelja</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API ključ</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Zaboravi ključ</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokalni API poslužitelj</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Ponudi učitani model drugim aplikacijama na ovom računalu</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Priključak</translation>
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
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopiraj adresu</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopiraj token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopiraj identitet</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Ključ se čuva samo tijekom ove sesije.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Za ovaj poslužitelj spremljen je ključ. Upišite novi da biste ga zamijenili.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Ostavite ključ praznim ako ga poslužitelj ne treba.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nije povezano: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Povezano s {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Klijent može provjeriti da je na ovom priključku Oriel prije nego što pošalje token: šalje nasumično zaglavlje {challenge}, a Oriel odgovara s {proof}, HMAC-SHA256 izazova s ovim identitetom kao ključem. Drugi program na priključku to ne može.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API ključ bio bi poslan nešifriran na {destination}: svatko u mreži između mogao bi ga pročitati. Upotrijebite adresu https:// ako je poslužitelj ima. Ipak poslati?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Na ovom računalu nema privjeska ključeva u kojem bi se API ključ mogao sigurno čuvati.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Pokrenite privjesak ključeva svog radnog okruženja (na primjer GNOME Keyring ili KWallet) i pokušajte ponovno, spremite ključ u datoteku koju može čitati samo vaš korisnički račun (nije šifrirana) ili ga zadržite samo dok se Oriel ne zatvori.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Pokušaj ponovno</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Spremi u datoteku (nešifrirano)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Samo ova sesija</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Dobro došli u Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel je pomoćnik koji radi u potpunosti na ovom računalu. Vaši razgovori i slike ostaju ovdje: nema računa ni telemetrije, a Oriel se mrežom koristi samo kad preuzimate model.

Sada odaberite model. Veći modeli bolje odgovaraju, ali trebaju više memorije i sporiji su.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Odaberite model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: preuzimanje od {download}, treba oko {ram} memorije</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(predloženo za ovo računalo)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(instalirano)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Uvezi mapu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Nastavi preuzimanje</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Preuzmi</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Započni razgovor</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Napredak preuzimanja</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Preuzimanje…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Uvezi mapu modela</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Uvoz…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Model je spreman.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Slika</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Slika u punoj veličini</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Razina mikrofona</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Token se čuva u sustavskom privjesku ključeva.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Token se čuva u datoteci koju može čitati samo vaš korisnički račun, u mapi {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Priključak {port} već koristi drugi program: odaberite drugi priključak.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Poslužitelj se nije mogao pokrenuti: {reason}</translation>
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
        <translation>Novi razgovor</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pretraži razgovore</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zaustavi odgovor</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Idi na polje za poruku</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Ponovno generiraj zadnji odgovor</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Postavke…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Razgovor</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alati</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Razgovori</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Razgovori i otvoreni razgovor</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerator</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Brzina</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Iskorišteni kontekst</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Mogu se priložiti samo datoteke s ovog računala.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Povezivanje s {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Pogon nije dostupan</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Pogon je zaustavljen</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Pokretanje pogona…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Učitavanje Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nijedan model nije učitan</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Udaljeno</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokena/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontekst {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} nije instaliran. Preuzmite ga u Postavkama.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Vi</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Prethodna inačica</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Sljedeća inačica</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopiraj poruku</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Uredi</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Uredi ovu poruku i pošalji je ponovno</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Ponovno generiraj</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Ponovno generiraj ovaj odgovor</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Vaša poruka</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Razmišljanje</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Slika {number} od {total}, otvori u punoj veličini</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Inačica {version} od {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Razmišlja…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Razmišljanje: %Ln s</numerusform>
            <numerusform>Razmišljanje: %Ln s</numerusform>
            <numerusform>Razmišljanje: %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Razmišljanje</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zaustavljeno.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Prekinuto: Oriel je zatvoren prije nego što je odgovor bio gotov.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Govorite umjesto tipkanja ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Zaustavi snimanje i pretvori u tekst ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Pretvaranje u tekst… kliknite za zaustavljanje</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Pauzirano. Već preuzeto ostaje sačuvano: pokrenite ponovno za nastavak.</translation>
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
        <translation>Udaljeni pogon</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Koristi ovo računalo</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Isključi udaljeni pogon</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nije povezano: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Povezivanje s {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Poruke i slike idu drugom programu na ovom računalu ({destination}); ne napuštaju uređaj.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Poruke i slike napuštaju ovo računalo: šalju se na {destination} šifriranom vezom (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Poruke i slike napuštaju ovo računalo: šalju se na {destination} nešifrirano (obični HTTP), pa ih drugi na mreži mogu pročitati.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Unesite adresu poslužitelja koja počinje s http:// ili https://, na primjer http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Postavke</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Razgovor</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Izgled</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Veze</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Veličina modela</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Duljina konteksta (tokeni)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Mapa modela</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Upute sustava</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokena po slici</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperatura</translation>
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
        <translation>Kazna za ponavljanje</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Kazna za prisutnost</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Preuzmi</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Preuzmi odabrani model</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Napredak preuzimanja</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pregledaj…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Odaberi mapu modela</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Zadana mapa</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Razmisli prije odgovora (sporije, često bolje)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Vrati preporučeno</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Vrati uzorkovanje na preporučene vrijednosti za ovaj model</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Odjeljci postavki</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatski (najbolji dostupni)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Ne koristi se: odgovara udaljeni pogon (vidi Veze).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>U upotrebi: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} od {total} čvorova radi na {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Još nije učitan nijedan model.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jezik sustava</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Kao sustav</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Svijetla</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Tamna</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalirano</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Instalirano. Treba oko {ram} memorije.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Nije instalirano: preuzimanje od {size}. Treba oko {ram} memorije.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Novi razgovor</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pretraži razgovore</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Razgovori</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Preimenuj</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Izbriši…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Izvezi kao Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Izvezi kao JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Brisanje razgovora</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Izbrisati „{title}”? To se ne može poništiti.</translation>
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
        <translation>Izvoz razgovora</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vi</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razmišljanje</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Nije moguće spremiti „{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Spremljeno „{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Model govora (glasovni unos)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Preuzmi</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Preuzmi odabrani model govora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Odustani od preuzimanja</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Uvezi mapu…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Uvezi mapu s modelom govora</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Napredak preuzimanja</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: brz (preporučeno)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: točniji, sporiji</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalirano</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Instalirano ({size}). Glasovni unos koristit će ga kad pritisnete U redu.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Instalirano ({size}). Glasovni unos koristi ovaj model.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Još nije instaliran nijedan model govora: glasovni unos treba jedan.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nije instalirano.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Snimka je bila prekratka za pretvaranje u tekst.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofon je isključen. Snimljeno se pretvara u tekst.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Snimanje se zaustavlja nakon %n minute. Snimka se sada pretvara u tekst.</numerusform>
            <numerusform>Snimanje se zaustavlja nakon %n minute. Snimka se sada pretvara u tekst.</numerusform>
            <numerusform>Snimanje se zaustavlja nakon %n minuta. Snimka se sada pretvara u tekst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel u snimci nije čuo nijednu riječ.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Nije instaliran nijedan model govora. Preuzmite ga u Postavkama: na kartici „Model”, pod „Model govora (glasovni unos)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Snimku nije moguće pretvoriti u tekst: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Mikrofon nije pronađen. Priključite ga ili ga odaberite kao ulazni uređaj u postavkama zvuka sustava.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel ne čuje mikrofon. Možda je utišan ili ga Oriel ne smije koristiti: provjerite dopuštenje za mikrofon u postavkama privatnosti sustava.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofon je isključen prije nego što je išta snimljeno.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Glasovni unos treba zvučnu biblioteku PortAudio, koja nije instalirana. Instalirajte je naredbom „{command}” i ponovno pokrenite Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Glasovni unos nije dostupan: nedostaje audio biblioteka (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofon nije moguće otvoriti ({reason}). Možda ga koristi drugi program.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Nijedan model nije učitan. Odaberite ga u Postavkama.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Datoteke modela nisu pronađene. Ponovno preuzmite ili uvezite model u Postavkama.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Datoteke modela su oštećene. Ponovno preuzmite model u Postavkama.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Za ovaj model nema dovoljno memorije. Zatvorite druge programe ili odaberite manji model.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Razgovor je dulji od konteksta modela. Započnite novi razgovor ili povećajte duljinu konteksta u Postavkama.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Odabrani akcelerator nije dostupan. U Postavkama odaberite „Automatski”.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Jednu od slika nije moguće pročitati.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Pogon se neočekivano zaustavio i ponovno se pokreće. Vaš je razgovor siguran.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Pogon ne odgovara ovoj inačici Oriela. Ponovno instalirajte Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Nije moguće doći do {host}: provjerite vezu ili uvezite mapu.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Udaljeni poslužitelj nije dostupan. Provjerite njegovu adresu i radi li.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Udaljeni poslužitelj odbio je API ključ. Provjerite ključ u Postavkama.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Udaljeni poslužitelj nema taj model. Provjerite naziv modela u Postavkama.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>U pogonu je nešto pošlo po zlu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel ne može otvoriti vaše razgovore: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>oko {words} riječi/s, čita sliku za {seconds} s</translation>
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
