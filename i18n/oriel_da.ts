<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} blev udeladt: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Billede</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Billede {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disken er fuld: der skal bruges {size} i {folder}. Det blev ikke gemt.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Spørg om hvad som helst, eller slip et billede her for at tale om det.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Skriv til Oriel (Enter for at sende, Skift+Enter for ny linje)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Vedhæft billeder</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send beskeden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stop svaret</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Du redigerer en tidligere besked. Når du sender, beholdes den gamle version.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annullér redigeringen</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Fjern billedet {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Billeder ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>En besked kan højst indeholde %n billede.</numerusform>
            <numerusform>En besked kan højst indeholde %n billeder.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” er ikke et billede, Oriel kan læse. Du kan vedhæfte billeder i PNG, JPEG, WebP, GIF eller BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Indsat billede {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Fjernmotor</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Svar med en server i stedet for denne computer</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Enhver OpenAI-kompatibel server (vLLM, SGLang, llama.cpp, Ollama). Dine beskeder og billeder sendes til den, og vinduet viser det, så længe den er slået til.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Modelnavn</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Tom: serverens eneste model</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Glem nøglen</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokal API-server</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Stil den indlæste model til rådighed for andre apps på denne computer</translation>
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
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopiér adressen</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopiér tokenet</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopiér identiteten</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Nøglen gemmes kun i denne session.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Der er gemt en nøgle til denne server. Skriv en ny for at erstatte den.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Lad nøglen være tom, hvis serveren ikke kræver en.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ikke forbundet: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Forbundet til {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>En klient kan tjekke, at denne port er Oriel, før den sender tokenet: den sender en tilfældig {challenge}-header, og Oriel svarer {proof}, HMAC-SHA256 af udfordringen med denne identitet som nøgle. Et andet program på porten kan ikke.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API-nøglen ville blive sendt ukrypteret til {destination}: alle på netværket imellem kan læse den. Brug en https://-adresse, hvis serveren har en. Send den alligevel?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Der er ingen nøglering på denne computer, der kan opbevare API-nøglen sikkert.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Start dit skrivebords nøglering (for eksempel GNOME Keyring eller KWallet) og prøv igen, gem nøglen i en fil, som kun din brugerkonto kan læse (den er ikke krypteret), eller behold den kun, indtil Oriel lukkes.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Gem i en fil (ikke krypteret)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Kun denne session</translation>
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
        <translation>Oriel er en assistent, der kører helt på denne computer. Dine samtaler og billeder bliver her: ingen konto, ingen telemetri, og Oriel bruger kun netværket, når du henter en model.

Vælg nu en model. Større modeller svarer bedre, men kræver mere hukommelse og er langsommere.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Vælg en model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: download på {download}, kræver omkring {ram} hukommelse</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(foreslået til denne computer)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installeret)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importér en mappe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Hent</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Begynd at chatte</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importér en modelmappe</translation>
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
        <translation>Billede</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Billede i fuld størrelse</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonniveau</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Tokenet opbevares i systemets nøglering.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Tokenet opbevares i en fil, som kun din brugerkonto kan læse, i {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} bruges allerede af et andet program: vælg en anden port.</translation>
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
        <translation>Søg i chats</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stop svaret</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Gå til beskedfeltet</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Generér det seneste svar igen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Værktøjer</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chats og samtale</translation>
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
        <translation>Hastighed</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Brugt kontekst</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Kun filer på denne computer kan vedhæftes.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Forbinder til {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motoren er ikke tilgængelig</translation>
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
        <translation>Indlæser Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ingen model indlæst</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontekst {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} er ikke installeret. Hent den under Indstillinger.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Forrige version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Næste version</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopiér beskeden</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Redigér</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Redigér beskeden, og send den igen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Generér igen</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Generér dette svar igen</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Din besked</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Overvejelser</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Billede {number} af {total}, åbn i fuld størrelse</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Version {version} af {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Tænker…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Tænkte i %Ln s</numerusform>
            <numerusform>Tænkte i %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Overvejelser</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Afbrudt: Oriel blev lukket, før svaret var færdigt.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Tal i stedet for at skrive ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Stop optagelsen, og transskribér ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Transskriberer… klik for at stoppe</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Sat på pause. Det, der allerede er hentet, beholdes: start igen for at fortsætte.</translation>
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
        <translation>Fjernmotor</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Brug denne computer</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Slå fjernmotoren fra</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ikke forbundet: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Forbinder til {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Beskeder og billeder går til et andet program på denne computer ({destination}); de forlader ikke maskinen.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Beskeder og billeder forlader denne computer: de sendes til {destination} over en krypteret forbindelse (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Beskeder og billeder forlader denne computer: de sendes ukrypteret (almindelig HTTP) til {destination}, så andre på netværket kan læse dem.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Skriv serverens adresse, begyndende med http:// eller https://, for eksempel http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
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
        <translation>Udseende</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Forbindelser</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modelstørrelse</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontekstlængde (tokens)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modelmappe</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systeminstruks</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokens pr. billede</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
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
        <translation>Gentagelsesstraf</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Tilstedeværelsesstraf</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Hent</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Hent den valgte model</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Vælg modelmappe</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standardmappe</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Tænk før der svares (langsommere, ofte bedre)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Nulstil til anbefalet</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Nulstil sampling til de anbefalede værdier for denne model</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Afsnit i indstillingerne</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatisk (den bedste tilgængelige)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Ikke i brug: en fjernmotor svarer (se Forbindelser).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>I brug: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} af {total} knuder kører på {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Der er ikke indlæst nogen model endnu.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
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
        <translation>installeret</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Installeret. Kræver omkring {ram} hukommelse.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Ikke installeret: download på {size}. Kræver omkring {ram} hukommelse.</translation>
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
        <translation>Søg i chats</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksportér som Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Eksportér som JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Slet chat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Slet “{title}”? Det kan ikke fortrydes.</translation>
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
        <translation>Eksportér chat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Overvejelser</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>“{path}” kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” er gemt.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Talemodel (taleinput)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Hent</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Hent den valgte talemodel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annullér overførslen</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importér en mappe…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importér en mappe med en talemodel</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: hurtig (anbefalet)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: mere præcis, langsommere</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installeret</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Installeret ({size}). Taleinput bruger den, når du trykker på OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Installeret ({size}). Taleinput bruger denne model.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Der er endnu ingen talemodel installeret: taleinput kræver en.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Ikke installeret.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Optagelsen var for kort til at blive transskriberet.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofonen blev frakoblet. Det optagne transskriberes.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Optagelser stopper efter %n minut. Den transskriberes nu.</numerusform>
            <numerusform>Optagelser stopper efter %n minutter. Den transskriberes nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel hørte ingen ord i optagelsen.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Der er ingen talemodel installeret. Hent en under Indstillinger: på fanen “Model” under “Talemodel (taleinput)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Optagelsen kunne ikke transskriberes: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Der blev ikke fundet nogen mikrofon. Tilslut en, eller vælg den som inputenhed i systemets lydindstillinger.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel kan ikke høre mikrofonen. Den er måske slået fra, eller Oriel har ikke tilladelse til at bruge den: tjek mikrofontilladelsen i systemets indstillinger for anonymitet.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofonen blev frakoblet, før der blev optaget noget.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Stemmeinput kræver lydbiblioteket PortAudio, som ikke er installeret. Installér det med “{command}”, og genstart Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Taleinput er ikke tilgængeligt: lydbiblioteket (PortAudio) mangler.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofonen kunne ikke åbnes ({reason}). Et andet program bruger den måske.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Der er ikke indlæst nogen model. Vælg en under Indstillinger.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Modelfilerne blev ikke fundet. Hent eller importér modellen igen under Indstillinger.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Modelfilerne er beskadigede. Hent modellen igen under Indstillinger.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Der er ikke hukommelse nok til denne model. Luk andre programmer, eller vælg en mindre model.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Samtalen er længere end modellens kontekst. Start en ny chat, eller øg kontekstlængden under Indstillinger.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Den valgte accelerator er ikke tilgængelig. Vælg “Automatisk” under Indstillinger.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Et af billederne kunne ikke læses.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Motoren stoppede uventet og genstarter. Din samtale er i sikkerhed.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Motoren passer ikke til denne version af Oriel. Geninstallér Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Kunne ikke nå {host}: tjek forbindelsen, eller importér en mappe.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Fjernserveren kunne ikke nås. Kontrollér dens adresse, og at den kører.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Fjernserveren afviste API-nøglen. Kontrollér nøglen under Indstillinger.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Fjernserveren har ikke den model. Kontrollér modelnavnet under Indstillinger.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Noget gik galt i motoren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel kan ikke åbne dine chats: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>omkring {words} ord/s, læser et billede på {seconds} s</translation>
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
