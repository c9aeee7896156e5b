<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} foi deixado de fora: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Imagem {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>O disco está cheio: são necessários {size} em {folder}. Não foi guardado.</translation>
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
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Pergunte o que quiser, ou largue aqui uma imagem para falar sobre ela.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensagem para o Oriel (Enter para enviar, Shift+Enter para nova linha)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Anexar imagens</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Está a editar uma mensagem anterior. Ao enviar, a versão antiga é mantida.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Remover a imagem {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imagens ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Uma mensagem pode ter no máximo %n imagem.</numerusform>
            <numerusform>Uma mensagem pode ter no máximo %n imagens.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» não é uma imagem que o Oriel consiga ler. Pode anexar imagens PNG, JPEG, WebP, GIF ou BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Imagem colada {number}</translation>
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
        <translation>Responder com um servidor em vez deste computador</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Qualquer servidor compatível com OpenAI (vLLM, SGLang, llama.cpp, Ollama). As suas mensagens e imagens são-lhe enviadas, e a janela indica-o enquanto estiver ativado.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Vazio: o único modelo do servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Esquecer a chave</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Servidor de API local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Disponibilizar o modelo carregado a outras aplicações deste computador</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
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
        <translation>Copiar o endereço</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiar o token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Copiar a identidade</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>A chave é guardada apenas durante esta sessão.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Há uma chave guardada para este servidor. Escreva uma nova para a substituir.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Deixe a chave vazia se o servidor não precisar de nenhuma.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Sem ligação: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Ligado a {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Um cliente pode verificar que esta porta é o Oriel antes de enviar o token: envia um cabeçalho {challenge} aleatório e o Oriel responde {proof}, o HMAC-SHA256 do desafio com esta identidade como chave. Outro programa na porta não o consegue fazer.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>A chave de API seria enviada sem encriptação para {destination}: qualquer pessoa na rede pelo caminho poderia lê-la. Utilize um endereço https:// se o servidor tiver um. Enviar mesmo assim?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Não há nenhum porta-chaves neste computador para guardar a chave de API em segurança.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Inicie o porta-chaves do seu ambiente de trabalho (como o GNOME Keyring ou o KWallet) e tente novamente, guarde a chave num ficheiro que só a sua conta de utilizador consegue ler (não é encriptado) ou mantenha-a apenas até o Oriel fechar.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Guardar num ficheiro (sem encriptação)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Apenas esta sessão</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Bem-vindo ao Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>O Oriel é um assistente que funciona inteiramente neste computador. As suas conversas e imagens ficam aqui: não há conta nem telemetria, e o Oriel só usa a rede quando transfere um modelo.

A seguir, escolha um modelo. Os modelos maiores respondem melhor, mas precisam de mais memória e são mais lentos.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Escolha um modelo</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: transferência de {download}, precisa de cerca de {ram} de memória</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(sugerido para este computador)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(instalado)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar uma pasta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Começar a conversar</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso da transferência</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>A transferir…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importar a pasta de um modelo</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>A importar…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>O modelo está pronto.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Imagem em tamanho real</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>O token é guardado no porta-chaves do sistema.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>O token é guardado num ficheiro que só a sua conta de utilizador consegue ler, em {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>A porta {port} já está a ser utilizada por outro programa: escolha outra porta.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Não foi possível iniciar o servidor: {reason}</translation>
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
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Ir para a caixa de mensagem</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Gerar novamente a última resposta</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Definições…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Conversas e conversa aberta</translation>
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
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexto usado</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Só é possível anexar ficheiros deste computador.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>A ligar a {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motor indisponível</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motor parado</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>A iniciar o motor…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>A carregar o Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nenhum modelo carregado</translation>
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
        <translation>O Qwen3.5 {size} não está instalado. Transfira-o nas Definições.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versão seguinte</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensagem</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Editar esta mensagem e voltar a enviá-la</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Gerar novamente esta resposta</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>A sua mensagem</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Imagem {number} de {total}, abrir em tamanho real</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versão {version} de {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>A pensar…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Pensou durante %Ln s</numerusform>
            <numerusform>Pensou durante %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Interrompida: o Oriel foi fechado antes de esta resposta terminar.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Falar em vez de escrever ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Parar a gravação e transcrever ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>A transcrever… clique para parar</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Em pausa. O que já foi transferido é mantido: volte a começar para retomar.</translation>
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
        <translation>Utilizar este computador</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Desativar o motor remoto</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Sem ligação: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>A ligar a {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>As mensagens e as imagens vão para outro programa deste computador ({destination}); não saem da máquina.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>As mensagens e as imagens saem deste computador: são enviadas para {destination} através de uma ligação encriptada (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>As mensagens e as imagens saem deste computador: são enviadas para {destination} sem encriptação (HTTP simples), pelo que outras pessoas na rede as podem ler.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Introduza o endereço do servidor, a começar por http:// ou https://, por exemplo http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspeto</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Tamanho do modelo</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Acelerador</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Tamanho do contexto (tokens)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Pasta dos modelos</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instruções de sistema</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokens por imagem</translation>
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
        <translation>Penalização de repetição</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalização de presença</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Transferir o modelo selecionado</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso da transferência</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Escolher a pasta dos modelos</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Pasta predefinida</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Pensar antes de responder (mais lento, muitas vezes melhor)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Repor o recomendado</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Repor a amostragem nos valores recomendados para este modelo</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secções das definições</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automático (o melhor disponível)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Não utilizado: está a responder um motor remoto (consulte Ligações).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Em utilização: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} de {total} nós são executados em {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Ainda não foi carregado nenhum modelo.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalado</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Instalado. Precisa de cerca de {ram} de memória.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Não instalado: transferência de {size}. Precisa de cerca de {ram} de memória.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Mudar o nome</translation>
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
        <translation>Eliminar conversa</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Eliminar «{title}»? Esta ação não pode ser anulada.</translation>
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
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Não foi possível guardar «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>«{path}» guardado.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Modelo de fala (entrada de voz)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Transferir o modelo de fala selecionado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar a transferência</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar uma pasta…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importar uma pasta de modelo de fala</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso da transferência</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: rápido (recomendado)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: mais preciso, mais lento</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>instalado</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Instalado ({size}). A entrada de voz passa a utilizá-lo quando premir OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Instalado ({size}). A entrada de voz utiliza este modelo.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Ainda não está instalado nenhum modelo de fala: a entrada de voz precisa de um.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Não instalado.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>A gravação foi demasiado curta para ser transcrita.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>O microfone foi desligado. A transcrever o que foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>As gravações param ao fim de %n minuto. A transcrever agora.</numerusform>
            <numerusform>As gravações param ao fim de %n minutos. A transcrever agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>O Oriel não ouviu nenhuma palavra na gravação.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Não está instalado nenhum modelo de fala. Transfira um nas Definições: no separador «Modelo», em «Modelo de fala (entrada de voz)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Não foi possível transcrever a gravação: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Não foi encontrado nenhum microfone. Ligue um, ou escolha-o como dispositivo de entrada nas definições de som do sistema.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>O Oriel não consegue ouvir o microfone. Pode estar sem som, ou o Oriel pode não ter autorização para o usar: verifique a permissão do microfone nas definições de privacidade do sistema.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>O microfone foi desligado antes de ser gravado qualquer som.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>A entrada de voz precisa da biblioteca de áudio PortAudio, que não está instalada. Instale-a com «{command}» e reinicie o Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>A entrada de voz não está disponível: falta a biblioteca de áudio (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Não foi possível abrir o microfone ({reason}). Talvez outro programa o esteja a usar.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Nenhum modelo carregado. Escolha um nas Definições.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Os ficheiros do modelo não foram encontrados. Volte a transferir ou a importar o modelo nas Definições.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Os ficheiros do modelo estão danificados. Volte a transferir o modelo nas Definições.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Não há memória suficiente para este modelo. Feche outros programas ou escolha um modelo mais pequeno.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>A conversa é mais longa do que o contexto do modelo. Comece uma nova conversa ou aumente o tamanho do contexto nas Definições.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>O acelerador escolhido não está disponível. Escolha «Automático» nas Definições.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Não foi possível ler uma das imagens.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>O motor parou inesperadamente e está a reiniciar. A sua conversa está em segurança.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>O motor não corresponde a esta versão do Oriel. Reinstale o Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Não foi possível aceder a {host}: verifique a ligação ou importe uma pasta.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Não foi possível contactar o servidor remoto. Verifique o endereço e se está em execução.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>O servidor remoto recusou a chave de API. Verifique a chave nas Definições.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>O servidor remoto não tem esse modelo. Verifique o nome do modelo nas Definições.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Algo correu mal no motor.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>O Oriel não consegue abrir as suas conversas: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>cerca de {words} palavras/s, lê uma imagem em {seconds} s</translation>
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
