<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>S&apos;ha deixat fora {name}: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imatge</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Imatge {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>El disc és ple: calen {size} a {folder}. No s&apos;ha desat.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Pregunta el que vulguis, o deixa anar una imatge aquí per parlar-ne.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Escriu a l&apos;Oriel (Retorn per enviar, Maj+Retorn per a una línia nova)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Missatge</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjunta imatges</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envia</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envia el missatge</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Atura</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Atura la resposta</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Estàs editant un missatge anterior. En enviar-lo, es conserva la versió antiga.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancel·la l&apos;edició</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Treu la imatge {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imatges ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Un missatge pot portar com a màxim %n imatge.</numerusform>
            <numerusform>Un missatge pot portar com a màxim %n imatges.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» no és una imatge que l&apos;Oriel pugui llegir. Pots adjuntar imatges PNG, JPEG, WebP, GIF o BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Imatge enganxada {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Motor remot</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Respon amb un servidor en lloc d&apos;aquest ordinador</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Qualsevol servidor compatible amb OpenAI (vLLM, SGLang, llama.cpp, Ollama). Els teus missatges i imatges s&apos;hi envien, i la finestra ho indica mentre estigui activat.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adreça del servidor</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nom del model</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Buit: l&apos;únic model del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clau d&apos;API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Oblida la clau</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Servidor d&apos;API local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Ofereix el model carregat a altres aplicacions d&apos;aquest ordinador</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Testimoni</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copia l&apos;adreça</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copia el testimoni</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identitat</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Copia la identitat</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>La clau només es guarda durant aquesta sessió.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Hi ha una clau desada per a aquest servidor. Escriu-ne una de nova per substituir-la.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Deixa la clau buida si el servidor no en necessita cap.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Sense connexió: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Connectat a {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Un client pot comprovar que aquest port és l&apos;Oriel abans d&apos;enviar el testimoni: envia una capçalera {challenge} aleatòria i l&apos;Oriel respon {proof}, l&apos;HMAC-SHA256 del repte amb aquesta identitat com a clau. Cap altre programa al port no ho pot fer.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>La clau de l&apos;API s&apos;enviaria sense xifrar a {destination}: qualsevol persona de la xarxa entremig la podria llegir. Feu servir una adreça https:// si el servidor en té. Voleu enviar-la igualment?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>En aquest ordinador no hi ha cap clauer per guardar la clau d&apos;API de manera segura.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Inicia el clauer del teu escriptori (com ara GNOME Keyring o KWallet) i torna-ho a provar, guarda la clau en un fitxer que només pugui llegir el teu compte d&apos;usuari (no està xifrat) o conserva-la només fins que es tanqui Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Torna-ho a provar</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Desa en un fitxer (sense xifrar)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Només aquesta sessió</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Et donem la benvinguda a l&apos;Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>L&apos;Oriel és un assistent que funciona completament en aquest ordinador. Les teves converses i imatges es queden aquí: no hi ha compte ni telemetria, i l&apos;Oriel només fa servir la xarxa quan baixes un model.

Ara tria un model. Els models més grans responen millor, però necessiten més memòria i són més lents.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Tria un model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: baixada de {download}, necessita uns {ram} de memòria</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(recomanat per a aquest ordinador)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(instal·lat)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importa una carpeta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprèn</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Comença a xatejar</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progrés de la baixada</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>S&apos;està baixant…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importa la carpeta d&apos;un model</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>S&apos;està important…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>El model ja està a punt.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imatge</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Imatge a mida completa</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivell del micròfon</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>El testimoni es guarda al clauer del sistema.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>El testimoni es guarda en un fitxer que només pot llegir el teu compte d&apos;usuari, a {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Un altre programa ja fa servir el port {port}: tria&apos;n un altre.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>No s&apos;ha pogut iniciar el servidor: {reason}</translation>
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
        <translation>Xat nou</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cerca als xats</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Atura la resposta</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Ves al quadre de missatge</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Torna a generar l&apos;última resposta</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuració…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Surt</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Xat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Eines</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Xats</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Xats i conversa</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerador</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Velocitat</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Context utilitzat</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Només es poden adjuntar fitxers d&apos;aquest ordinador.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>S&apos;està connectant a {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motor no disponible</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motor aturat</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>S&apos;està iniciant el motor…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>S&apos;està carregant Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Cap model carregat</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Remot</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} testimonis/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Context {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} no està instal·lat. Baixa&apos;l a Configuració.</translation>
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
        <translation>Versió anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versió següent</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copia el missatge</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Edita</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Edita aquest missatge i torna&apos;l a enviar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Torna a generar</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Torna a generar aquesta resposta</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>El teu missatge</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Raonament</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Imatge {number} de {total}, obre a mida completa</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versió {version} de {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Està pensant…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Ha pensat durant %Ln s</numerusform>
            <numerusform>Ha pensat durant %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Raonament</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Aturada.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Interrompuda: l&apos;Oriel es va tancar abans que acabés aquesta resposta.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Parla en lloc d&apos;escriure ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Atura la gravació i transcriu ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>S&apos;està transcrivint… fes clic per aturar</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>En pausa. El que ja s&apos;ha baixat es conserva: torna a començar per reprendre.</translation>
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
        <translation>Motor remot</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Fes servir aquest ordinador</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Desactiva el motor remot</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Sense connexió: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>S&apos;està connectant a {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Els missatges i les imatges van a un altre programa d&apos;aquest ordinador ({destination}); no surten de la màquina.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Els missatges i les imatges surten d&apos;aquest ordinador: s&apos;envien a {destination} per una connexió xifrada (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Els missatges i les imatges surten d&apos;aquest ordinador: s&apos;envien a {destination} sense xifrar (HTTP simple), de manera que altres persones de la xarxa els poden llegir.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Escriu l&apos;adreça del servidor, començant per http:// o https://, per exemple http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuració</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Xat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparença</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Mida del model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerador</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longitud del context (testimonis)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Carpeta de models</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instruccions del sistema</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Testimonis per imatge</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Llengua</translation>
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
        <translation>Penalització per repetició</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalització per presència</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Baixa el model seleccionat</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progrés de la baixada</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Navega…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Tria la carpeta de models</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Carpeta per defecte</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Pensa abans de respondre (més lent, sovint millor)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Restableix el recomanat</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Restableix el mostreig als valors recomanats per a aquest model</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seccions de la configuració</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automàtic (el millor disponible)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>No s&apos;utilitza: respon un motor remot (consulta Connexions).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>En ús: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} de {total} nodes s’executen a {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Encara no hi ha cap model carregat.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Llengua del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Com el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Clar</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Fosc</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instal·lat</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Instal·lat. Necessita uns {ram} de memòria.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>No instal·lat: baixada de {size}. Necessita uns {ram} de memòria.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Xat nou</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cerca als xats</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Converses</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Canvia el nom</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Suprimeix…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporta com a Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporta com a JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Suprimeix el xat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Vols suprimir «{title}»? No es pot desfer.</translation>
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
        <translation>Exporta el xat</translation>
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
        <translation>Raonament</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>No s&apos;ha pogut desar «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>S&apos;ha desat «{path}».</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Model de veu (entrada de veu)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Baixa el model de veu seleccionat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancel·la la baixada</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importa una carpeta…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importa una carpeta de model de veu</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progrés de la baixada</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: ràpid (recomanat)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: més precís, més lent</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instal·lat</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Instal·lat ({size}). L&apos;entrada de veu el farà servir quan premis D&apos;acord.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Instal·lat ({size}). L&apos;entrada de veu fa servir aquest model.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Encara no hi ha cap model de veu instal·lat: l&apos;entrada de veu en necessita un.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>No instal·lat.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>La gravació era massa curta per transcriure-la.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>S&apos;ha desconnectat el micròfon. S&apos;està transcrivint el que s&apos;ha gravat.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Les gravacions s&apos;aturen al cap de %n minut. S&apos;està transcrivint ara.</numerusform>
            <numerusform>Les gravacions s&apos;aturen al cap de %n minuts. S&apos;està transcrivint ara.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>L&apos;Oriel no ha sentit cap paraula a la gravació.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>No hi ha cap model de veu instal·lat. Baixa&apos;n un a Configuració: a la pestanya «Model», a «Model de veu (entrada de veu)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>No s&apos;ha pogut transcriure la gravació: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>No s&apos;ha trobat cap micròfon. Connecta&apos;n un, o tria&apos;l com a dispositiu d&apos;entrada a la configuració de so del sistema.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>L&apos;Oriel no sent el micròfon. Pot ser que estigui silenciat o que l&apos;Oriel no tingui permís per fer-lo servir: comprova el permís del micròfon a la configuració de privadesa del sistema.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>El micròfon s&apos;ha desconnectat abans de gravar res.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>L&apos;entrada de veu necessita la biblioteca d&apos;àudio PortAudio, que no està instal·lada. Instal·leu-la amb «{command}» i reinicieu Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>L&apos;entrada de veu no està disponible: falta la biblioteca d&apos;àudio (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>No s&apos;ha pogut obrir el micròfon ({reason}). Potser un altre programa l&apos;està fent servir.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>No hi ha cap model carregat. Tria&apos;n un a Configuració.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>No s&apos;han trobat els fitxers del model. Torna a baixar o a importar el model a Configuració.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Els fitxers del model estan malmesos. Torna a baixar el model a Configuració.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>No hi ha prou memòria per a aquest model. Tanca altres programes o tria un model més petit.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>La conversa és més llarga que el context del model. Comença un xat nou o augmenta la longitud del context a Configuració.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>L&apos;accelerador triat no està disponible. Tria «Automàtic» a Configuració.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>No s&apos;ha pogut llegir una de les imatges.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>El motor s&apos;ha aturat inesperadament i s&apos;està reiniciant. La teva conversa està a salvo.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>El motor no correspon a aquesta versió de l&apos;Oriel. Torna a instal·lar l&apos;Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>No s&apos;ha pogut connectar amb {host}: comproveu la connexió o importeu una carpeta.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>No s&apos;ha pogut contactar amb el servidor remot. Comprova&apos;n l&apos;adreça i que estigui en marxa.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>El servidor remot ha rebutjat la clau d&apos;API. Comprova la clau a Configuració.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>El servidor remot no té aquest model. Comprova el nom del model a Configuració.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Alguna cosa ha fallat al motor.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>L&apos;Oriel no pot obrir els teus xats: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>unes {words} paraules/s, llegeix una imatge en {seconds} s</translation>
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
