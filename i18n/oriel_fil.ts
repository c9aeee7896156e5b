<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>Hindi isinama ang {name}: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Larawan</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Larawan {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Puno na ang disk: kailangan ng {size} sa {folder}. Hindi ito na-save.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Usapan</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Magtanong ng kahit ano, o mag-drop ng larawan dito para pag-usapan ito.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mensahe kay Oriel (Enter para ipadala, Shift+Enter para sa bagong linya)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensahe</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Mag-attach ng mga larawan</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Ipadala</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Ipadala ang mensahe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Ihinto ang sagot</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Ine-edit mo ang isang naunang mensahe. Kapag ipinadala, mananatili ang lumang bersyon.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Kanselahin ang pag-edit</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Alisin ang larawang {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Mga larawan ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Hanggang %n larawan lang ang puwedeng isama sa isang mensahe.</numerusform>
            <numerusform>Hanggang %n larawan lang ang puwedeng isama sa isang mensahe.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>Ang “{names}” ay hindi larawang mababasa ni Oriel. Puwede kang mag-attach ng mga larawang PNG, JPEG, WebP, GIF o BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Na-paste na larawan {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Remote na engine</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Sumagot gamit ang isang server sa halip na ang computer na ito</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Anumang server na compatible sa OpenAI (vLLM, SGLang, llama.cpp, Ollama). Ipinapadala rito ang mga mensahe at larawan mo, at ipinapakita ito ng window habang naka-on ito.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Address ng server</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Pangalan ng model</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Walang laman: ang nag-iisang model ng server</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Kalimutan ang key</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokal na API server</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Ibahagi ang naka-load na model sa ibang app sa computer na ito</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopyahin ang address</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopyahin ang token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Pagkakakilanlan</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopyahin ang pagkakakilanlan</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Nakatago lang ang key para sa session na ito.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>May naka-save na key para sa server na ito. Mag-type ng bago para palitan ito.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Iwanang walang laman ang key kung hindi ito kailangan ng server.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Hindi nakakonekta: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Nakakonekta sa {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Masusuri ng isang client na Oriel ang nasa port na ito bago nito ipadala ang token: nagpapadala ito ng random na {challenge} header, at sumasagot ang Oriel ng {proof}, ang HMAC-SHA256 ng challenge na may ganitong pagkakakilanlan bilang susi. Hindi ito kaya ng ibang program sa port.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Ipapadala ang API key nang hindi naka-encrypt sa {destination}: mababasa ito ng sinuman sa network sa pagitan. Gumamit ng https:// na address kung mayroon ang server. Ipadala pa rin?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Walang keyring sa computer na ito para ligtas na itago ang API key.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Simulan ang keyring ng desktop mo (gaya ng GNOME Keyring o KWallet) at subukan ulit, itago ang key sa isang file na ang user account mo lang ang makakabasa (hindi ito naka-encrypt), o itago lang ito hanggang magsara ang Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Subukan ulit</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>I-save sa file (hindi naka-encrypt)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Sa session na ito lang</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Maligayang pagdating sa Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Ang Oriel ay isang assistant na tumatakbo nang buo sa computer na ito. Dito lang nananatili ang mga usapan at larawan mo: walang account, walang telemetry, at gumagamit lang ng network ang Oriel kapag nagda-download ka ng model.

Susunod, pumili ng model. Mas mahusay sumagot ang mas malalaking model, pero mas maraming memory ang kailangan nila at mas mabagal sila.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Pumili ng model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: {download} na download, kailangan ng mga {ram} na memory</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(inirerekomenda para sa computer na ito)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(naka-install)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Mag-import ng folder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>I-download</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Magsimulang mag-chat</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso ng download</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Nagda-download…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Mag-import ng folder ng model</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Nag-i-import…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Handa na ang model.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Larawan</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Larawan sa buong laki</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Lakas ng mikropono</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Nakatago ang token sa keyring ng system.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Nakatago ang token sa isang file na ang user account mo lang ang makakabasa, sa {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Ginagamit na ng ibang program ang port {port}: pumili ng ibang port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Hindi makapagsimula ang server: {reason}</translation>
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
        <translation>Bagong chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Maghanap sa mga chat</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Ihinto ang sagot</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Pumunta sa kahon ng mensahe</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Gawin muli ang huling sagot</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Mga Setting…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Umalis</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Mga Tool</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Mga chat</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Mga chat at usapan</translation>
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
        <translation>Bilis</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Nagamit na context</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Mga file lang sa computer na ito ang puwedeng i-attach.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Kumokonekta sa {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Hindi available ang engine</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Huminto ang engine</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Sinisimulan ang engine…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Nilo-load ang Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Walang naka-load na model</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Remote</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Context {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Hindi naka-install ang Qwen3.5 {size}. I-download ito sa Mga Setting.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Nakaraang bersyon</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Susunod na bersyon</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopyahin ang mensahe</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>I-edit</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>I-edit at ipadala muli ang mensaheng ito</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Gawin muli</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Gawin muli ang sagot na ito</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ang mensahe mo</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Sagot</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Pag-iisip</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Larawan {number} sa {total}, buksan sa buong laki</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Bersyon {version} sa {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Nag-iisip…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Nag-isip nang %Ln s</numerusform>
            <numerusform>Nag-isip nang %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Pag-iisip</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Inihinto.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Naputol: nagsara ang Oriel bago natapos ang sagot na ito.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Magsalita sa halip na mag-type ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Ihinto ang pag-record at i-transcribe ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Tina-transcribe… i-click para ihinto</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Naka-pause. Mananatili ang na-download na: simulan muli para ituloy.</translation>
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
        <translation>Remote na engine</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Gamitin ang computer na ito</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>I-off ang remote na engine</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Hindi nakakonekta: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Kumokonekta sa {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Napupunta ang mga mensahe at larawan sa ibang program sa computer na ito ({destination}); hindi sila umaalis sa makina.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Umaalis sa computer na ito ang mga mensahe at larawan: ipinapadala sila sa {destination} sa isang naka-encrypt na koneksyon (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Umaalis sa computer na ito ang mga mensahe at larawan: ipinapadala sila sa {destination} nang hindi naka-encrypt (plain HTTP), kaya mababasa sila ng iba sa network.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Ilagay ang address ng server, na nagsisimula sa http:// o https://, halimbawa http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mga Setting</translation>
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
        <translation>Hitsura</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Mga Koneksyon</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Laki ng model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Haba ng context (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Folder ng model</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token bawat larawan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperature</translation>
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
        <translation>Multa sa pag-uulit</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Multa sa presensya</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>I-download</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>I-download ang napiling model</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso ng download</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Mag-browse…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Piliin ang folder ng model</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Default na folder</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Mag-isip bago sumagot (mas mabagal, kadalasang mas mahusay)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Ibalik sa inirerekomenda</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Ibalik ang sampling sa mga inirerekomendang value para sa model na ito</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Mga seksyon ng setting</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Awtomatiko (ang pinakamahusay na available)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Hindi ginagamit: isang remote na engine ang sumasagot (tingnan ang Mga Koneksyon).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Ginagamit: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} sa {total} node ang tumatakbo sa {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Wala pang naka-load na model.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Wika ng system</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Sundin ang system</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Maliwanag</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Madilim</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>naka-install</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Naka-install. Kailangan ng mga {ram} na memory.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Hindi naka-install: {size} na download. Kailangan ng mga {ram} na memory.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Bagong chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Maghanap sa mga chat</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Mga usapan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Palitan ang pangalan</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Burahin…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>I-export bilang Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>I-export bilang JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Burahin ang chat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Burahin ang “{title}”? Hindi na ito maibabalik.</translation>
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
        <translation>I-export ang chat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pag-iisip</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Hindi ma-save ang “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Na-save ang “{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Speech model (voice input)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>I-download</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>I-download ang napiling speech model</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Kanselahin ang pag-download</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Mag-import ng folder…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Mag-import ng folder ng speech model</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso ng download</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: mabilis (inirerekomenda)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: mas tumpak, mas mabagal</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>naka-install</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Naka-install ({size}). Gagamitin ito ng voice input kapag pinindot mo ang OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Naka-install ({size}). Ginagamit ng voice input ang model na ito.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Wala pang naka-install na speech model: kailangan ng voice input ng isa.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Hindi naka-install.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Masyadong maikli ang recording para i-transcribe.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Nadiskonekta ang mikropono. Tina-transcribe ang na-record na.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Humihinto ang recording pagkalipas ng %n minuto. Tina-transcribe na ito ngayon.</numerusform>
            <numerusform>Humihinto ang recording pagkalipas ng %n minuto. Tina-transcribe na ito ngayon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Walang narinig na salita si Oriel sa recording.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Walang naka-install na speech model. Mag-download ng isa sa Mga Setting: sa tab na “Model”, sa ilalim ng “Speech model (voice input)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Hindi ma-transcribe ang recording: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Walang nakitang mikropono. Magkabit ng isa, o piliin ito bilang input device sa mga setting ng tunog ng system mo.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Hindi marinig ni Oriel ang mikropono. Baka naka-mute ito, o baka hindi pinapayagan si Oriel na gamitin ito: tingnan ang pahintulot sa mikropono sa mga setting ng privacy ng system mo.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Nadiskonekta ang mikropono bago may na-record.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Kailangan ng voice input ang audio library na PortAudio, na hindi naka-install. I-install ito gamit ang “{command}”, pagkatapos ay i-restart ang Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Hindi available ang voice input: kulang ang audio library (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Hindi mabuksan ang mikropono ({reason}). Baka ginagamit ito ng ibang program.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Walang naka-load na model. Pumili ng isa sa Mga Setting.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Hindi nakita ang mga file ng model. I-download o i-import muli ang model sa Mga Setting.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Sira ang mga file ng model. I-download muli ang model sa Mga Setting.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Kulang ang memory para sa model na ito. Isara ang ibang program o pumili ng mas maliit na model.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Mas mahaba ang usapan kaysa sa context ng model. Magsimula ng bagong chat o taasan ang haba ng context sa Mga Setting.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Hindi available ang napiling accelerator. Piliin ang “Awtomatiko” sa Mga Setting.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Hindi mabasa ang isa sa mga larawan.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Biglang huminto ang engine at nagre-restart. Ligtas ang usapan mo.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Hindi tugma ang engine sa bersyong ito ng Oriel. I-install muli ang Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Hindi maabot ang {host}: tingnan ang koneksyon, o mag-import ng folder.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Hindi maabot ang remote na server. Tingnan ang address nito, at kung tumatakbo ito.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Tinanggihan ng remote na server ang API key. Tingnan ang key sa Mga Setting.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Walang ganoong model ang remote na server. Tingnan ang pangalan ng model sa Mga Setting.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Nagkaproblema sa engine.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Hindi mabuksan ng Oriel ang mga chat mo: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>mga {words} salita/s, nababasa ang larawan sa {seconds} s</translation>
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
