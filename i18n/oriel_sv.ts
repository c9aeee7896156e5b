<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} utelämnades: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disken är full: {size} behövs i {folder}. Det sparades inte.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Fråga vad du vill, eller släpp en bild här för att prata om den.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Skriv till Oriel (Retur för att skicka, Skift+Retur för ny rad)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bifoga bilder</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Skicka meddelandet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stoppa svaret</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Du redigerar ett tidigare meddelande. När du skickar finns den gamla versionen kvar.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Ta bort bilden {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Ett meddelande kan innehålla högst %n bild.</numerusform>
            <numerusform>Ett meddelande kan innehålla högst %n bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>”{names}” är inte en bild som Oriel kan läsa. Du kan bifoga bilder i PNG, JPEG, WebP, GIF eller BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Inklistrad bild {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Fjärrmotor</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Svara med en server i stället för den här datorn</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Vilken OpenAI-kompatibel server som helst (vLLM, SGLang, llama.cpp, Ollama). Dina meddelanden och bilder skickas dit, och fönstret visar det så länge den är påslagen.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Modellnamn</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Tomt: serverns enda modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Glöm nyckeln</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokal API-server</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Erbjud den inlästa modellen till andra appar på den här datorn</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopiera adressen</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopiera token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopiera identiteten</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Nyckeln sparas bara under den här sessionen.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>En nyckel är sparad för den här servern. Skriv en ny för att ersätta den.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Lämna nyckeln tom om servern inte behöver någon.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Inte ansluten: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Ansluten till {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>En klient kan kontrollera att den här porten är Oriel innan den skickar token: den skickar ett slumpmässigt {challenge}-huvud, och Oriel svarar {proof}, HMAC-SHA256 av utmaningen med den här identiteten som nyckel. Ett annat program på porten kan inte det.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API-nyckeln skulle skickas okrypterad till {destination}: vem som helst på nätverket emellan kan läsa den. Använd en https://-adress om servern har en. Skicka ändå?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Det finns ingen nyckelring på den här datorn som kan förvara API-nyckeln säkert.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Starta skrivbordets nyckelring (till exempel GNOME Keyring eller KWallet) och försök igen, spara nyckeln i en fil som bara ditt användarkonto kan läsa (den är inte krypterad), eller behåll den bara tills Oriel stängs.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Spara i en fil (inte krypterad)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Bara den här sessionen</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Välkommen till Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel är en assistent som körs helt på den här datorn. Dina samtal och bilder stannar här: inget konto, ingen telemetri, och Oriel använder nätverket bara när du laddar ned en modell.

Välj nu en modell. Större modeller svarar bättre men behöver mer minne och är långsammare.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Välj en modell</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: nedladdning på {download}, behöver cirka {ram} minne</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(föreslås för den här datorn)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installerad)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importera en mapp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Börja chatta</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Laddar ned…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importera en modellmapp</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Modellen är klar.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Bild i full storlek</translation>
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
        <translation>Token sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Token sparas i en fil som bara ditt användarkonto kan läsa, i {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} används redan av ett annat program: välj en annan port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Servern kunde inte starta: {reason}</translation>
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
        <translation>Ny chatt</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Sök i chattar</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stoppa svaret</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Gå till meddelanderutan</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Generera om det senaste svaret</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chatt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chattar</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chattar och samtal</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Använd kontext</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Bara filer på den här datorn kan bifogas.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Ansluter till {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motorn är inte tillgänglig</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motorn är stoppad</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Startar motorn…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Läser in Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ingen modell inläst</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Fjärr</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontext {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} är inte installerad. Ladda ned den under Inställningar.</translation>
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
        <translation>Föregående version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nästa version</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopiera meddelandet</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Redigera meddelandet och skicka igen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Generera om</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Generera om det här svaret</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ditt meddelande</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Resonemang</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Bild {number} av {total}, öppna i full storlek</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Version {version} av {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Tänker…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Tänkte i %Ln s</numerusform>
            <numerusform>Tänkte i %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Resonemang</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppat.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Avbrutet: Oriel stängdes innan svaret var klart.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Tala i stället för att skriva ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Stoppa inspelningen och transkribera ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Transkriberar… klicka för att stoppa</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Pausad. Det som redan laddats ned sparas: starta igen för att fortsätta.</translation>
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
        <translation>Fjärrmotor</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Använd den här datorn</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Stäng av fjärrmotorn</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Inte ansluten: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Ansluter till {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Meddelanden och bilder går till ett annat program på den här datorn ({destination}); de lämnar inte maskinen.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Meddelanden och bilder lämnar den här datorn: de skickas till {destination} över en krypterad anslutning (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Meddelanden och bilder lämnar den här datorn: de skickas okrypterade (vanlig HTTP) till {destination}, så andra i nätverket kan läsa dem.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Ange serverns adress, som börjar med http:// eller https://, till exempel http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Anslutningar</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellstorlek</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextlängd (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellmapp</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systeminstruktion</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token per bild</translation>
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
        <translation>Upprepningsstraff</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Närvarostraff</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Ladda ned den valda modellen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Välj modellmapp</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standardmapp</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Tänk innan du svarar (långsammare, ofta bättre)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Återställ rekommenderat</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Återställ samplingen till de rekommenderade värdena för den här modellen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Delar av inställningarna</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatiskt (bästa tillgängliga)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Används inte: en fjärrmotor svarar (se Anslutningar).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Används: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} av {total} noder körs på {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Ingen modell är inläst än.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installerad</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Installerad. Behöver cirka {ram} minne.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Inte installerad: nedladdning på {size}. Behöver cirka {ram} minne.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Sök i chattar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportera som Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportera som JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Ta bort chatten</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Ta bort ”{title}”? Det går inte att ångra.</translation>
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
        <translation>Exportera chatten</translation>
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
        <translation>Resonemang</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Det gick inte att spara ”{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Sparade ”{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Talmodell (röstinmatning)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Ladda ned den valda talmodellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Avbryt nedladdningen</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importera en mapp…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importera en mapp med en talmodell</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: snabb (rekommenderas)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: noggrannare, långsammare</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installerad</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Installerad ({size}). Röstinmatningen använder den när du trycker på OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Installerad ({size}). Röstinmatningen använder den här modellen.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Ingen talmodell är installerad än: röstinmatningen behöver en.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Inte installerad.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Inspelningen var för kort för att transkriberas.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofonen kopplades från. Det som spelats in transkriberas.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Inspelningar stoppas efter %n minut. Den transkriberas nu.</numerusform>
            <numerusform>Inspelningar stoppas efter %n minuter. Den transkriberas nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel hörde inga ord i inspelningen.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Ingen talmodell är installerad. Ladda ned en under Inställningar: på fliken ”Modell”, under ”Talmodell (röstinmatning)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Inspelningen kunde inte transkriberas: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Ingen mikrofon hittades. Anslut en, eller välj den som inmatningsenhet i systemets ljudinställningar.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel hör inte mikrofonen. Den kan vara avstängd, eller så får Oriel inte använda den: kontrollera mikrofonbehörigheten i systemets integritetsinställningar.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofonen kopplades från innan något spelades in.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Röstinmatning behöver ljudbiblioteket PortAudio, som inte är installerat. Installera det med ”{command}” och starta om Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Röstinmatning är inte tillgänglig: ljudbiblioteket (PortAudio) saknas.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Det gick inte att öppna mikrofonen ({reason}). Ett annat program kanske använder den.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Ingen modell är inläst. Välj en under Inställningar.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Modellfilerna hittades inte. Ladda ned eller importera modellen igen under Inställningar.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Modellfilerna är skadade. Ladda ned modellen igen under Inställningar.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Det finns inte tillräckligt med minne för den här modellen. Stäng andra program eller välj en mindre modell.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Samtalet är längre än modellens kontext. Starta en ny chatt eller öka kontextlängden under Inställningar.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Den valda acceleratorn är inte tillgänglig. Välj ”Automatiskt” under Inställningar.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>En av bilderna gick inte att läsa.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Motorn stannade oväntat och startar om. Ditt samtal är i säkerhet.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Motorn passar inte den här versionen av Oriel. Installera om Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Det gick inte att nå {host}: kontrollera anslutningen, eller importera en mapp.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Fjärrservern gick inte att nå. Kontrollera adressen och att den är igång.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Fjärrservern nekade API-nyckeln. Kontrollera nyckeln under Inställningar.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Fjärrservern har inte den modellen. Kontrollera modellnamnet under Inställningar.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Något gick fel i motorn.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel kan inte öppna dina chattar: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>ungefär {words} ord/s, läser en bild på {seconds} s</translation>
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
