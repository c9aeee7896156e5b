<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} ble utelatt: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Bilde {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disken er full: {size} trengs i {folder}. Det ble ikke lagret.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Spør om hva som helst, eller slipp et bilde her for å snakke om det.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Skriv til Oriel (Enter for å sende, Skift+Enter for ny linje)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Legg ved bilder</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send meldingen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stopp svaret</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Du redigerer en tidligere melding. Når du sender, beholdes den gamle versjonen.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Fjern bildet {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>En melding kan inneholde høyst %n bilde.</numerusform>
            <numerusform>En melding kan inneholde høyst %n bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» er ikke et bilde Oriel kan lese. Du kan legge ved bilder i PNG, JPEG, WebP, GIF eller BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Innlimt bilde {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Ekstern motor</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Svar med en server i stedet for denne datamaskinen</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>En hvilken som helst OpenAI-kompatibel server (vLLM, SGLang, llama.cpp, Ollama). Meldingene og bildene dine sendes dit, og vinduet viser det så lenge den er slått på.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Modellnavn</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Tomt: serverens eneste modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Glem nøkkelen</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokal API-server</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Gjør den innlastede modellen tilgjengelig for andre apper på denne datamaskinen</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopier adressen</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopier tokenet</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopier identiteten</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Nøkkelen oppbevares bare i denne økten.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>En nøkkel er lagret for denne serveren. Skriv inn en ny for å erstatte den.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>La nøkkelen stå tom hvis serveren ikke trenger noen.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ikke tilkoblet: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Koblet til {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>En klient kan sjekke at denne porten er Oriel før den sender tokenet: den sender en tilfeldig {challenge}-header, og Oriel svarer {proof}, HMAC-SHA256 av utfordringen med denne identiteten som nøkkel. Et annet program på porten kan ikke det.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API-nøkkelen ville blitt sendt ukryptert til {destination}: alle på nettverket imellom kan lese den. Bruk en https://-adresse hvis serveren har en. Send den likevel?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Det finnes ingen nøkkelring på denne datamaskinen som kan oppbevare API-nøkkelen trygt.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Start nøkkelringen i skrivebordsmiljøet ditt (for eksempel GNOME Keyring eller KWallet) og prøv igjen, lagre nøkkelen i en fil som bare brukerkontoen din kan lese (den er ikke kryptert), eller behold den bare til Oriel lukkes.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Lagre i en fil (ikke kryptert)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Bare denne økten</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Velkommen til Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel er en assistent som kjører helt på denne datamaskinen. Samtalene og bildene dine blir her: ingen konto, ingen telemetri, og Oriel bruker nettverket bare når du laster ned en modell.

Velg nå en modell. Større modeller svarer bedre, men trenger mer minne og er tregere.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Velg en modell</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: nedlasting på {download}, trenger omtrent {ram} minne</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(foreslått for denne datamaskinen)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installert)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer en mappe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Gjenoppta</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Last ned</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Begynn å chatte</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedlastingsfremdrift</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Laster ned…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importer en modellmappe</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Modellen er klar.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Bilde i full størrelse</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Tokenet oppbevares i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Tokenet oppbevares i en fil som bare brukerkontoen din kan lese, i {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} brukes allerede av et annet program: velg en annen port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Serveren kunne ikke starte: {reason}</translation>
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
        <translation>Ny chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Søk i chatter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stopp svaret</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Gå til meldingsfeltet</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Generer det siste svaret på nytt</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktøy</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chatter</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chatter og samtale</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akselerator</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Brukt kontekst</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Bare filer på denne datamaskinen kan legges ved.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Kobler til {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motoren er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motoren er stoppet</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Starter motoren…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Laster inn Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ingen modell lastet inn</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Ekstern</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontekst {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} er ikke installert. Last den ned under Innstillinger.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Forrige versjon</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Neste versjon</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopier meldingen</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Rediger meldingen og send den på nytt</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Generer på nytt</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Generer dette svaret på nytt</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Meldingen din</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Resonnement</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Bilde {number} av {total}, åpne i full størrelse</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versjon {version} av {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Tenker…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Tenkte i %Ln s</numerusform>
            <numerusform>Tenkte i %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Resonnement</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Avbrutt: Oriel ble lukket før svaret var ferdig.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Snakk i stedet for å skrive ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Stopp opptaket og transkriber ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Transkriberer… klikk for å stoppe</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Satt på pause. Det som allerede er lastet ned, beholdes: start på nytt for å fortsette.</translation>
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
        <translation>Ekstern motor</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Bruk denne datamaskinen</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Slå av den eksterne motoren</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ikke tilkoblet: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Kobler til {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Meldinger og bilder går til et annet program på denne datamaskinen ({destination}); de forlater ikke maskinen.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Meldinger og bilder forlater denne datamaskinen: de sendes til {destination} over en kryptert tilkobling (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Meldinger og bilder forlater denne datamaskinen: de sendes ukryptert (vanlig HTTP) til {destination}, så andre på nettverket kan lese dem.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Skriv inn adressen til serveren, som begynner med http:// eller https://, for eksempel http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellstørrelse</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akselerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontekstlengde (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellmappe</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systeminstruks</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token per bilde</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperatur</translation>
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
        <translation>Gjentakelsesstraff</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Tilstedeværelsesstraff</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Last ned</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Last ned den valgte modellen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedlastingsfremdrift</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Velg modellmappe</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standardmappe</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Tenk før svaret (tregere, ofte bedre)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Tilbakestill til anbefalt</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Tilbakestill samplingen til de anbefalte verdiene for denne modellen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Deler av innstillingene</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatisk (den beste tilgjengelige)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Ikke i bruk: en ekstern motor svarer (se Tilkoblinger).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>I bruk: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} av {total} noder kjører på {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Ingen modell er lastet inn ennå.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installert</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Installert. Trenger omtrent {ram} minne.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Ikke installert: nedlasting på {size}. Trenger omtrent {ram} minne.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Søk i chatter</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksporter som Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Eksporter som JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Slett chatten</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Slette «{title}»? Dette kan ikke angres.</translation>
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
        <translation>Eksporter chatten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Resonnement</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Kunne ikke lagre «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Lagret «{path}».</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Talemodell (taleinndata)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Last ned</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Last ned den valgte talemodellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Avbryt nedlastingen</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer en mappe…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importer en mappe med en talemodell</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedlastingsfremdrift</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: rask (anbefalt)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: mer nøyaktig, tregere</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installert</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Installert ({size}). Taleinndata bruker den når du trykker OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Installert ({size}). Taleinndata bruker denne modellen.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Ingen talemodell er installert ennå: taleinndata trenger en.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Ikke installert.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Opptaket var for kort til å transkriberes.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofonen ble koblet fra. Det som ble tatt opp, transkriberes.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Opptak stopper etter %n minutt. Det transkriberes nå.</numerusform>
            <numerusform>Opptak stopper etter %n minutter. Det transkriberes nå.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel hørte ingen ord i opptaket.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Ingen talemodell er installert. Last ned en under Innstillinger: på fanen «Modell», under «Talemodell (taleinndata)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Opptaket kunne ikke transkriberes: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Fant ingen mikrofon. Koble til en, eller velg den som inndataenhet i lydinnstillingene på systemet.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel hører ikke mikrofonen. Den kan være dempet, eller Oriel har kanskje ikke lov til å bruke den: sjekk mikrofontillatelsen i personverninnstillingene på systemet.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofonen ble koblet fra før noe ble tatt opp.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Taleinndata trenger lydbiblioteket PortAudio, som ikke er installert. Installer det med «{command}», og start Oriel på nytt.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Taleinndata er ikke tilgjengelig: lydbiblioteket (PortAudio) mangler.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Kunne ikke åpne mikrofonen ({reason}). Et annet program bruker den kanskje.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Ingen modell er lastet inn. Velg en under Innstillinger.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Fant ikke modellfilene. Last ned eller importer modellen på nytt under Innstillinger.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Modellfilene er skadet. Last ned modellen på nytt under Innstillinger.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Det er ikke nok minne til denne modellen. Lukk andre programmer eller velg en mindre modell.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Samtalen er lengre enn konteksten til modellen. Start en ny chat eller øk kontekstlengden under Innstillinger.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Den valgte akseleratoren er ikke tilgjengelig. Velg «Automatisk» under Innstillinger.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Et av bildene kunne ikke leses.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Motoren stoppet uventet og starter på nytt. Samtalen din er trygg.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Motoren passer ikke til denne versjonen av Oriel. Installer Oriel på nytt.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Fikk ikke kontakt med {host}: sjekk tilkoblingen, eller importer en mappe.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Fikk ikke kontakt med den eksterne serveren. Kontroller adressen, og at den kjører.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Den eksterne serveren avviste API-nøkkelen. Kontroller nøkkelen under Innstillinger.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Den eksterne serveren har ikke den modellen. Kontroller modellnavnet under Innstillinger.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Noe gikk galt i motoren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel kan ikke åpne chattene dine: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>omtrent {words} ord/s, leser et bilde på {seconds} s</translation>
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
