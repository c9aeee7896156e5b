<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>Se omitió {name}: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Imagen {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>El disco está lleno: se necesitan {size} en {folder}. No se ha guardado.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Pregunta lo que quieras, o suelta aquí una imagen para hablar de ella.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Escribe a Oriel (Intro para enviar, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Estás editando un mensaje anterior. Al enviarlo se conserva la versión antigua.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Quitar la imagen {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Un mensaje puede llevar como máximo %n imagen.</numerusform>
            <numerusform>Un mensaje puede llevar como máximo %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» no es una imagen que Oriel pueda leer. Puedes adjuntar imágenes PNG, JPEG, WebP, GIF o BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Imagen pegada {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Motor remoto</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Responder con un servidor en lugar de este ordenador</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Cualquier servidor compatible con OpenAI (vLLM, SGLang, llama.cpp, Ollama). Tus mensajes e imágenes se le envían, y la ventana lo indica mientras esté activado.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Vacío: el único modelo del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Olvidar la clave</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Servidor de API local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Ofrecer el modelo cargado a otras aplicaciones de este ordenador</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiar el token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Copiar la identidad</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>La clave se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Hay una clave guardada para este servidor. Escribe una nueva para sustituirla.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Deja la clave vacía si el servidor no la necesita.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Sin conexión: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Conectado a {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Un cliente puede comprobar que este puerto es Oriel antes de enviar el token: envía una cabecera {challenge} aleatoria y Oriel responde {proof}, el HMAC-SHA256 del desafío con esta identidad como clave. Otro programa en el puerto no puede hacerlo.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>La clave de API se enviaría sin cifrar a {destination}: cualquiera en la red intermedia podría leerla. Usa una dirección https:// si el servidor la tiene. ¿Enviarla de todos modos?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>No hay ningún llavero en este ordenador para guardar la clave de API de forma segura.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Inicia el llavero de tu escritorio (como GNOME Keyring o KWallet) y vuelve a intentarlo, guarda la clave en un archivo que solo tu cuenta de usuario pueda leer (no está cifrado) o consérvala solo hasta que se cierre Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Guardar en un archivo (sin cifrar)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Solo esta sesión</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Te damos la bienvenida a Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel es un asistente que funciona por completo en este ordenador. Tus conversaciones e imágenes se quedan aquí: no hay cuenta ni telemetría, y Oriel solo usa la red cuando descargas un modelo.

Ahora elige un modelo. Los modelos más grandes responden mejor, pero necesitan más memoria y son más lentos.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Elige un modelo</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: descarga de {download}, necesita unos {ram} de memoria</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(recomendado para este ordenador)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(instalado)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Empezar a chatear</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importar la carpeta de un modelo</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>El modelo está listo.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Imagen a tamaño completo</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>El token se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>El token se guarda en un archivo que solo tu cuenta de usuario puede leer, en {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Otro programa ya usa el puerto {port}: elige otro puerto.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>No se pudo iniciar el servidor: {reason}</translation>
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
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar en los chats</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Ir al cuadro de mensaje</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Regenerar la última respuesta</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chats y conversación</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acelerador</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Solo se pueden adjuntar archivos de este ordenador.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Conectando con {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motor no disponible</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motor detenido</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Iniciando el motor…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Cargando Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
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
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Contexto {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} no está instalado. Descárgalo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Editar este mensaje y volver a enviarlo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Regenerar esta respuesta</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Imagen {number} de {total}, abrir a tamaño completo</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versión {version} de {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Pensó durante %Ln s</numerusform>
            <numerusform>Pensó durante %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Interrumpida: Oriel se cerró antes de terminar esta respuesta.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Hablar en lugar de escribir ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Detener la grabación y transcribir ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Transcribiendo… haz clic para detener</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>En pausa. Lo descargado se conserva: vuelve a empezar para reanudar.</translation>
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
        <translation>Motor remoto</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Usar este ordenador</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Desactivar el motor remoto</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Sin conexión: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Conectando con {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Los mensajes y las imágenes van a otro programa de este ordenador ({destination}); no salen del equipo.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Los mensajes y las imágenes salen de este ordenador: se envían a {destination} por una conexión cifrada (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Los mensajes y las imágenes salen de este ordenador: se envían a {destination} sin cifrar (HTTP simple), así que otros en la red pueden leerlos.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Escribe la dirección del servidor, empezando por http:// o https://, por ejemplo http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Tamaño del modelo</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acelerador</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longitud del contexto (tokens)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokens por imagen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
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
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Descargar el modelo seleccionado</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Elegir la carpeta de modelos</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Carpeta predeterminada</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Pensar antes de responder (más lento, a menudo mejor)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Restablecer lo recomendado</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Restablecer el muestreo a los valores recomendados para este modelo</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automático (el mejor disponible)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Sin uso: responde un motor remoto (consulta Conexiones).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>En uso: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} de {total} nodos se ejecutan en {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalado</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Instalado. Necesita unos {ram} de memoria.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>No instalado: descarga de {size}. Necesita unos {ram} de memoria.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar en los chats</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Eliminar el chat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>¿Eliminar «{title}»? No se puede deshacer.</translation>
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
        <translation>Exportar el chat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>No se pudo guardar «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Se guardó «{path}».</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Modelo de voz (entrada de voz)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Descargar el modelo de voz seleccionado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importar una carpeta de modelo de voz</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: rápido (recomendado)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: más preciso, más lento</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalado</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Instalado ({size}). La entrada de voz lo usará cuando pulses Aceptar.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Instalado ({size}). La entrada de voz usa este modelo.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Aún no hay ningún modelo de voz instalado: la entrada de voz necesita uno.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>No instalado.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>La grabación era demasiado corta para transcribirla.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Se desconectó el micrófono. Transcribiendo lo grabado.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Las grabaciones se detienen al cabo de %n minuto. Transcribiendo ahora.</numerusform>
            <numerusform>Las grabaciones se detienen al cabo de %n minutos. Transcribiendo ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel no oyó ninguna palabra en la grabación.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>No hay ningún modelo de voz instalado. Descarga uno en Ajustes: en la pestaña «Modelo», en «Modelo de voz (entrada de voz)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>No se pudo transcribir la grabación: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>No se encontró ningún micrófono. Conecta uno o elígelo como dispositivo de entrada en los ajustes de sonido del sistema.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel no oye el micrófono. Puede que esté silenciado o que Oriel no tenga permiso para usarlo: revisa el permiso del micrófono en los ajustes de privacidad del sistema.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Se desconectó el micrófono antes de grabar nada.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>La entrada de voz necesita la biblioteca de audio PortAudio, que no está instalada. Instálela con «{command}» y reinicie Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>La entrada de voz no está disponible: falta la biblioteca de audio (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>No se pudo abrir el micrófono ({reason}). Puede que otro programa lo esté usando.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>No hay ningún modelo cargado. Elige uno en Ajustes.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>No se encontraron los archivos del modelo. Vuelve a descargarlo o importarlo en Ajustes.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Los archivos del modelo están dañados. Vuelve a descargarlo en Ajustes.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>No hay memoria suficiente para este modelo. Cierra otros programas o elige un modelo más pequeño.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>La conversación es más larga que el contexto del modelo. Empieza un chat nuevo o aumenta la longitud del contexto en Ajustes.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>El acelerador elegido no está disponible. Elige «Automático» en Ajustes.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>No se pudo leer una de las imágenes.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>El motor se detuvo de forma inesperada y se está reiniciando. Tu conversación está a salvo.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>El motor no corresponde a esta versión de Oriel. Vuelve a instalar Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>No se pudo conectar con {host}: compruebe la conexión o importe una carpeta.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>No se pudo contactar con el servidor remoto. Comprueba su dirección y que esté en marcha.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>El servidor remoto rechazó la clave de API. Comprueba la clave en Ajustes.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>El servidor remoto no tiene ese modelo. Comprueba el nombre del modelo en Ajustes.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Algo ha fallado en el motor.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel no puede abrir tus chats: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>unas {words} palabras/s, lee una imagen en {seconds} s</translation>
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
