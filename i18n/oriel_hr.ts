<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr">
<context>
    <name>ChatSession</name>
    <message>
        <source>Image</source>
        <translation>Slika</translation>
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
    <name>EngineClient</name>
    <message>
        <source>This copy of Oriel has no engine installed.</source>
        <translation>U ovoj kopiji Oriela nije instaliran pogon.</translation>
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
        <source>In use: {provider} ({reason})</source>
        <translation>U upotrebi: {provider} ({reason})</translation>
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
