<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} è stato escluso: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Immagine {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Il disco è pieno: servono {size} in {folder}. Non è stato salvato.</translation>
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
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Chiedi quello che vuoi, oppure trascina qui un&apos;immagine per parlarne.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Scrivi a Oriel (Invio per inviare, Maiusc+Invio per andare a capo)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Allega immagini</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Invia il messaggio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Ferma la risposta</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Stai modificando un messaggio precedente. Inviandolo, la versione vecchia resta disponibile.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annulla la modifica</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Rimuovi l&apos;immagine {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Immagini ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Un messaggio può contenere al massimo %n immagine.</numerusform>
            <numerusform>Un messaggio può contenere al massimo %n immagini.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» non è un&apos;immagine che Oriel sa leggere. Puoi allegare immagini PNG, JPEG, WebP, GIF o BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Immagine incollata {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Motore remoto</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Rispondi con un server invece che con questo computer</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Qualsiasi server compatibile con OpenAI (vLLM, SGLang, llama.cpp, Ollama). I tuoi messaggi e le tue immagini vengono inviati a esso, e la finestra lo segnala finché è attivo.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nome del modello</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Vuoto: l&apos;unico modello del server</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Dimentica la chiave</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Server API locale</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Offri il modello caricato alle altre app di questo computer</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copia l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copia il token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Copia l&apos;identità</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>La chiave è conservata solo per questa sessione.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Per questo server è salvata una chiave. Digitane una nuova per sostituirla.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Lascia vuota la chiave se il server non ne richiede una.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Non connesso: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Connesso a {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Un client può verificare che su questa porta ci sia Oriel prima di inviare il token: invia un&apos;intestazione {challenge} casuale e Oriel risponde {proof}, l&apos;HMAC-SHA256 della sfida con questa identità come chiave. Un altro programma sulla porta non può farlo.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>La chiave API verrebbe inviata senza cifratura a {destination}: chiunque sulla rete intermedia potrebbe leggerla. Usa un indirizzo https:// se il server ne ha uno. Inviarla comunque?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Su questo computer non c&apos;è un portachiavi in cui conservare la chiave API al sicuro.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Avvia il portachiavi del tuo desktop (come GNOME Keyring o KWallet) e riprova, conserva la chiave in un file che solo il tuo account utente può leggere (non è cifrato), oppure tienila solo finché Oriel non viene chiuso.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Salva in un file (non cifrato)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Solo questa sessione</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Benvenuto in Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel è un assistente che funziona interamente su questo computer. Le tue conversazioni e immagini restano qui: nessun account, nessuna telemetria, e Oriel usa la rete solo quando scarichi un modello.

Ora scegli un modello. I modelli più grandi rispondono meglio, ma richiedono più memoria e sono più lenti.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: download di {download}, richiede circa {ram} di memoria</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(consigliato per questo computer)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installato)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importa una cartella…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Inizia a chattare</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Download in corso…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importa la cartella di un modello</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Il modello è pronto.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Immagine a grandezza intera</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Livello del microfono</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Il token è conservato nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Il token è conservato in un file che solo il tuo account utente può leggere, in {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>La porta {port} è già usata da un altro programma: scegline un&apos;altra.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Impossibile avviare il server: {reason}</translation>
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
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Ferma la risposta</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Vai alla casella del messaggio</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Rigenera l&apos;ultima risposta</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chat e conversazione</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acceleratore</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Velocità</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contesto usato</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Si possono allegare solo file presenti su questo computer.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Connessione a {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motore non disponibile</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motore fermo</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Avvio del motore…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Caricamento di Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nessun modello caricato</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Contesto {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} non è installato. Scaricalo dalle Impostazioni.</translation>
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
        <translation>Versione precedente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versione successiva</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copia il messaggio</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Modifica questo messaggio e invialo di nuovo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Rigenera questa risposta</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Il tuo messaggio</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Immagine {number} di {total}, apri a grandezza intera</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versione {version} di {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Sta pensando…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Ha pensato per %Ln s</numerusform>
            <numerusform>Ha pensato per %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotta.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Interrotta: Oriel è stato chiuso prima che la risposta fosse completa.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Parla invece di scrivere ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Ferma la registrazione e trascrivi ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Trascrizione… fai clic per fermare</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>In pausa. Quanto già scaricato viene conservato: riavvia per riprendere.</translation>
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
        <translation>Motore remoto</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Usa questo computer</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Disattiva il motore remoto</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Non connesso: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Connessione a {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Messaggi e immagini vanno a un altro programma su questo computer ({destination}); non lasciano la macchina.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Messaggi e immagini lasciano questo computer: vengono inviati a {destination} tramite una connessione cifrata (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Messaggi e immagini lasciano questo computer: vengono inviati a {destination} senza cifratura (HTTP semplice), quindi altri sulla rete possono leggerli.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Inserisci l&apos;indirizzo del server, che inizi con http:// o https://, per esempio http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Dimensione del modello</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acceleratore</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Lunghezza del contesto (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Cartella dei modelli</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Istruzioni di sistema</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token per immagine</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
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
        <translation>Penalità di ripetizione</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalità di presenza</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Scarica il modello selezionato</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Scegli la cartella dei modelli</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Cartella predefinita</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Ragiona prima di rispondere (più lento, spesso migliore)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Ripristina i valori consigliati</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Ripristina il campionamento ai valori consigliati per questo modello</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatico (il migliore disponibile)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Non in uso: risponde un motore remoto (vedi Connessioni).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>In uso: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} nodi su {total} vengono eseguiti su {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Non è ancora stato caricato alcun modello.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installato</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Installato. Richiede circa {ram} di memoria.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Non installato: download di {size}. Richiede circa {ram} di memoria.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cerca nelle chat</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Esporta come Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Esporta come JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Elimina la chat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Eliminare «{title}»? L&apos;operazione non si può annullare.</translation>
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
        <translation>Esporta la chat</translation>
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
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Impossibile salvare «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>«{path}» salvato.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Modello vocale (input vocale)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Scarica il modello vocale selezionato</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annulla il download</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importa una cartella…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importa una cartella di modello vocale</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: veloce (consigliato)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: più preciso, più lento</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installato</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Installato ({size}). L&apos;input vocale lo userà quando premerai OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Installato ({size}). L&apos;input vocale usa questo modello.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Nessun modello vocale è ancora installato: l&apos;input vocale ne richiede uno.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Non installato.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>La registrazione era troppo breve per essere trascritta.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Il microfono è stato scollegato. Trascrizione di quanto registrato.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Le registrazioni si fermano dopo %n minuto. Trascrizione in corso.</numerusform>
            <numerusform>Le registrazioni si fermano dopo %n minuti. Trascrizione in corso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel non ha sentito parole nella registrazione.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Nessun modello vocale è installato. Scaricane uno nelle Impostazioni: scheda «Modello», sezione «Modello vocale (input vocale)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Non è stato possibile trascrivere la registrazione: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Nessun microfono trovato. Collegane uno, oppure sceglilo come dispositivo di ingresso nelle impostazioni audio del sistema.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel non sente il microfono. Potrebbe essere disattivato, oppure Oriel non ha il permesso di usarlo: controlla il permesso del microfono nelle impostazioni della privacy del sistema.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Il microfono è stato scollegato prima che venisse registrato qualcosa.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>L&apos;input vocale richiede la libreria audio PortAudio, che non è installata. Installala con «{command}», poi riavvia Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>L&apos;input vocale non è disponibile: manca la libreria audio (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Impossibile aprire il microfono ({reason}). Forse lo sta usando un altro programma.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Nessun modello caricato. Scegline uno nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>I file del modello non sono stati trovati. Scarica o importa di nuovo il modello dalle Impostazioni.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>I file del modello sono danneggiati. Scarica di nuovo il modello dalle Impostazioni.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>La memoria non basta per questo modello. Chiudi altri programmi o scegli un modello più piccolo.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>La conversazione è più lunga del contesto del modello. Inizia una nuova chat o aumenta la lunghezza del contesto nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>L&apos;acceleratore scelto non è disponibile. Scegli «Automatico» nelle Impostazioni.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Non è stato possibile leggere una delle immagini.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Il motore si è fermato all&apos;improvviso e si sta riavviando. La tua conversazione è al sicuro.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Il motore non corrisponde a questa versione di Oriel. Reinstalla Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Impossibile raggiungere {host}: controlla la connessione o importa una cartella.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Impossibile raggiungere il server remoto. Controlla il suo indirizzo e che sia in esecuzione.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Il server remoto ha rifiutato la chiave API. Controlla la chiave nelle Impostazioni.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Il server remoto non ha quel modello. Controlla il nome del modello nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Si è verificato un problema nel motore.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel non riesce ad aprire le tue chat: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>circa {words} parole/s, legge un&apos;immagine in {seconds} s</translation>
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
