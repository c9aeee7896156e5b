<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} is weggelaten: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Afbeelding {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>De schijf is vol: er is {size} nodig in {folder}. Het is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Vraag wat je wilt, of sleep hier een afbeelding naartoe om erover te praten.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Bericht aan Oriel (Enter om te versturen, Shift+Enter voor een nieuwe regel)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Afbeeldingen toevoegen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Bericht versturen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwoord stoppen</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Je bewerkt een eerder bericht. Bij versturen blijft de oude versie bewaard.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bewerken annuleren</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Afbeelding {name} verwijderen</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Afbeeldingen ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Een bericht kan maximaal %n afbeelding bevatten.</numerusform>
            <numerusform>Een bericht kan maximaal %n afbeeldingen bevatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>‘{names}’ is geen afbeelding die Oriel kan lezen. Je kunt PNG-, JPEG-, WebP-, GIF- of BMP-afbeeldingen toevoegen.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Geplakte afbeelding {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Externe engine</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Antwoorden met een server in plaats van deze computer</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Elke OpenAI-compatibele server (vLLM, SGLang, llama.cpp, Ollama). Uw berichten en afbeeldingen worden ernaartoe gestuurd, en het venster meldt dat zolang hij aan staat.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Modelnaam</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Leeg: het enige model van de server</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Sleutel vergeten</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokale API-server</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Het geladen model aanbieden aan andere apps op deze computer</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Het adres kopiëren</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Het token kopiëren</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>De identiteit kopiëren</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>De sleutel wordt alleen voor deze sessie bewaard.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Er is een sleutel opgeslagen voor deze server. Typ een nieuwe om hem te vervangen.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Laat de sleutel leeg als de server er geen nodig heeft.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Niet verbonden: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Verbonden met {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Een client kan controleren dat deze poort Oriel is voordat hij het token verstuurt: hij stuurt een willekeurige {challenge}-header, en Oriel antwoordt met {proof}, de HMAC-SHA256 van de uitdaging met deze identiteit als sleutel. Een ander programma op de poort kan dat niet.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>De API-sleutel zou onversleuteld naar {destination} worden gestuurd: iedereen op het netwerk daartussen kan hem lezen. Gebruik een https://-adres als de server dat heeft. Toch versturen?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Er is geen sleutelbos op deze computer om de API-sleutel veilig te bewaren.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Start de sleutelbos van uw bureaublad (zoals GNOME Keyring of KWallet) en probeer het opnieuw, bewaar de sleutel in een bestand dat alleen uw gebruikersaccount kan lezen (het is niet versleuteld), of bewaar hem alleen tot Oriel sluit.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Opslaan in een bestand (niet versleuteld)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Alleen deze sessie</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Welkom bij Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel is een assistent die volledig op deze computer draait. Je gesprekken en afbeeldingen blijven hier: er is geen account en geen telemetrie, en Oriel gebruikt het netwerk alleen als je een model downloadt.

Kies nu een model. Grotere modellen geven betere antwoorden, maar hebben meer geheugen nodig en zijn trager.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Kies een model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: download van {download}, heeft ongeveer {ram} geheugen nodig</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(aanbevolen voor deze computer)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(geïnstalleerd)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Map importeren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Beginnen met chatten</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Bezig met downloaden…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Modelmap importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Het model is klaar.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Afbeelding op ware grootte</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Microfoonniveau</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Het token wordt bewaard in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Het token wordt bewaard in een bestand dat alleen uw gebruikersaccount kan lezen, in {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Poort {port} wordt al door een ander programma gebruikt: kies een andere poort.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>De server kon niet starten: {reason}</translation>
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
        <translation>Nieuwe chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats doorzoeken</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwoord stoppen</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Naar het berichtvak</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Laatste antwoord opnieuw genereren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chats en gesprek</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Versneller</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Gebruikte context</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Alleen bestanden op deze computer kunnen worden toegevoegd.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Verbinden met {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Engine niet beschikbaar</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine gestopt</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Engine wordt gestart…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} wordt geladen…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Geen model geladen</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Extern</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Context {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} is niet geïnstalleerd. Download het via Instellingen.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorige versie</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Volgende versie</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Bericht kopiëren</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Dit bericht bewerken en opnieuw versturen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Opnieuw genereren</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Dit antwoord opnieuw genereren</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Je bericht</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Redenering</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Afbeelding {number} van {total}, openen op ware grootte</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versie {version} van {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt na…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln s nagedacht</numerusform>
            <numerusform>%Ln s nagedacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Redenering</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Onderbroken: Oriel werd gesloten voordat dit antwoord klaar was.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Spreken in plaats van typen ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Opname stoppen en uitschrijven ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Bezig met uitschrijven… klik om te stoppen</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Gepauzeerd. Wat al gedownload is, blijft bewaard: begin opnieuw om te hervatten.</translation>
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
        <translation>Externe engine</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Deze computer gebruiken</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>De externe engine uitzetten</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Niet verbonden: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Verbinden met {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Berichten en afbeeldingen gaan naar een ander programma op deze computer ({destination}); ze verlaten het apparaat niet.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Berichten en afbeeldingen verlaten deze computer: ze worden via een versleutelde verbinding (HTTPS) naar {destination} gestuurd.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Berichten en afbeeldingen verlaten deze computer: ze worden onversleuteld (gewoon HTTP) naar {destination} gestuurd, dus anderen op het netwerk kunnen ze lezen.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Voer het adres van de server in, beginnend met http:// of https://, bijvoorbeeld http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
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
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modelgrootte</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Versneller</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Contextlengte (tokens)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modelmap</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systeeminstructie</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokens per afbeelding</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperatuur</translation>
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
        <translation>Herhalingsstraf</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Aanwezigheidsstraf</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Het gekozen model downloaden</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Modelmap kiezen</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standaardmap</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Nadenken voor het antwoorden (trager, vaak beter)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Aanbevolen waarden</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Sampling terugzetten naar de aanbevolen waarden voor dit model</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatisch (de beste beschikbare)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Niet in gebruik: een externe engine antwoordt (zie Verbindingen).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>In gebruik: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} van {total} knooppunten draaien op {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Er is nog geen model geladen.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Donker</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>geïnstalleerd</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Geïnstalleerd. Heeft ongeveer {ram} geheugen nodig.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Niet geïnstalleerd: download van {size}. Heeft ongeveer {ram} geheugen nodig.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nieuwe chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats doorzoeken</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporteren als Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporteren als JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Chat verwijderen</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>‘{title}’ verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
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
        <translation>Chat exporteren</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Redenering</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Kan ‘{path}’ niet opslaan: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>‘{path}’ opgeslagen.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Spraakmodel (spraakinvoer)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Het gekozen spraakmodel downloaden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>De download annuleren</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Map importeren…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Een map met een spraakmodel importeren</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: snel (aanbevolen)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: nauwkeuriger, trager</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>geïnstalleerd</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Geïnstalleerd ({size}). Spraakinvoer gebruikt het zodra u op OK klikt.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Geïnstalleerd ({size}). Spraakinvoer gebruikt dit model.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Er is nog geen spraakmodel geïnstalleerd: spraakinvoer heeft er een nodig.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Niet geïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>De opname was te kort om uit te schrijven.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>De microfoon is losgekoppeld. Wat is opgenomen, wordt uitgeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Een opname stopt na %n minuut. Deze wordt nu uitgeschreven.</numerusform>
            <numerusform>Een opname stopt na %n minuten. Deze wordt nu uitgeschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel heeft geen woorden gehoord in de opname.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Er is geen spraakmodel geïnstalleerd. Download er een via Instellingen: op het tabblad ‘Model’, onder ‘Spraakmodel (spraakinvoer)’.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>De opname kon niet worden uitgeschreven: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Er is geen microfoon gevonden. Sluit er een aan, of kies hem als invoerapparaat in de geluidsinstellingen van je systeem.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel hoort de microfoon niet. Misschien staat hij gedempt, of mag Oriel hem niet gebruiken: controleer de microfoontoestemming in de privacyinstellingen van je systeem.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>De microfoon is losgekoppeld voordat er iets was opgenomen.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Spraakinvoer heeft de audiobibliotheek PortAudio nodig, die niet is geïnstalleerd. Installeer die met ‘{command}’ en start Oriel opnieuw.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Spraakinvoer is niet beschikbaar: de audiobibliotheek (PortAudio) ontbreekt.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>De microfoon kon niet worden geopend ({reason}). Misschien gebruikt een ander programma hem.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Er is geen model geladen. Kies er een in Instellingen.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>De modelbestanden zijn niet gevonden. Download of importeer het model opnieuw via Instellingen.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>De modelbestanden zijn beschadigd. Download het model opnieuw via Instellingen.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Er is niet genoeg geheugen voor dit model. Sluit andere programma&apos;s of kies een kleiner model.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Het gesprek is langer dan de context van het model. Begin een nieuwe chat of verhoog de contextlengte in Instellingen.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>De gekozen versneller is niet beschikbaar. Kies ‘Automatisch’ in Instellingen.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Een van de afbeeldingen kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>De engine is onverwacht gestopt en wordt opnieuw gestart. Je gesprek is veilig.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>De engine past niet bij deze versie van Oriel. Installeer Oriel opnieuw.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Kan {host} niet bereiken: controleer de verbinding of importeer een map.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>De externe server is niet bereikbaar. Controleer het adres en of de server draait.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>De externe server heeft de API-sleutel geweigerd. Controleer de sleutel in Instellingen.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>De externe server heeft dat model niet. Controleer de modelnaam in Instellingen.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Er is iets misgegaan in de engine.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel kan je chats niet openen: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>ongeveer {words} woorden/s, leest een afbeelding in {seconds} s</translation>
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
