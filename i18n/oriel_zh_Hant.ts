<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hant">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>已略過 {name}：{reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>圖片 {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>磁碟已滿：{folder} 需要 {size}。未能儲存。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>有問題儘管問，或把圖片拖放到這裡來聊聊它。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>傳訊息給 Oriel（按 Enter 傳送，Shift+Enter 換行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加圖片</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>正在編輯先前的訊息。傳送後，舊版本仍會保留。</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消編輯</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>移除圖片 {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>圖片 ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>每則訊息最多可附加 %n 張圖片。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>「{names}」不是 Oriel 能讀取的圖片。你可以附加 PNG、JPEG、WebP、GIF 或 BMP 圖片。</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>貼上的圖片 {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>遠端引擎</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>改用伺服器回答，而不是這台電腦</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>任何相容 OpenAI 的伺服器（vLLM、SGLang、llama.cpp、Ollama）。你的訊息和圖片會傳送給它，只要它處於開啟狀態，視窗就會持續提示。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>模型名稱</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>留空：伺服器上唯一的模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>忘記金鑰</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>本機 API 伺服器</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>將已載入的模型提供給這台電腦上的其他應用程式</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>權杖</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>複製位址</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>複製權杖</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>身分識別</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>複製身分識別</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>金鑰僅在本次工作階段中保留。</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>已為此伺服器儲存一組金鑰。輸入新的金鑰即可取代。</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>如果伺服器不需要金鑰，請留空。</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未連線：{reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>已連線到 {destination}。</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>用戶端在傳送權杖之前可以確認此連接埠上是 Oriel：它傳送一個隨機的 {challenge} 標頭，Oriel 以 {proof} 回應，即以此身分識別為金鑰對該挑戰計算的 HMAC-SHA256。連接埠上的其他程式無法做到。</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API 金鑰將以未加密方式傳送到 {destination}：中間網路上的任何人都能讀取。如果伺服器有 https:// 位址，請改用該位址。仍要傳送嗎？</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>這台電腦上沒有可以安全保存 API 金鑰的鑰匙圈。</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>請啟動桌面的鑰匙圈（例如 GNOME Keyring 或 KWallet）後再試一次，或將金鑰保存在只有你的使用者帳戶才能讀取的檔案中（檔案未加密），或僅在 Oriel 關閉前保留金鑰。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>儲存到檔案（未加密）</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>僅限本次工作階段</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>歡迎使用 Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel 是完全在這台電腦上執行的助理。你的對話和圖片都留在這裡：沒有帳號，沒有遙測，Oriel 只有在你下載模型時才會連上網路。

接著請選擇模型。模型越大，回答越好，但需要更多記憶體，速度也比較慢。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>選擇模型</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}：下載 {download}，需要約 {ram} 記憶體</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>（建議這台電腦使用）</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>（已安裝）</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續下載</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>開始聊天</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下載進度</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下載…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>匯入模型資料夾</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>模型已準備就緒。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>原始大小的圖片</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>權杖保存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>權杖保存在只有你的使用者帳戶才能讀取的檔案中，位於 {folder}。</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>連接埠 {port} 已被其他程式使用：請選擇其他連接埠。</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>伺服器無法啟動：{reason}</translation>
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
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜尋聊天</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>前往訊息框</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>重新產生最後一則回答</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>聊天清單與對話</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>速度</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>已用脈絡</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>只能附加這台電腦上的檔案。</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>正在連線到 {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>無法使用引擎</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>引擎已停止</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>正在啟動引擎…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>正在載入 Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>尚未載入模型</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>遠端</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>每秒 {speed} 個 token</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>脈絡 {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>尚未安裝 Qwen3.5 {size}。請在設定中下載。</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一個版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一個版本</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>複製訊息</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>編輯並重新傳送這則訊息</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>重新產生</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>重新產生這則回答</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的訊息</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>思考</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>第 {number} 張圖片，共 {total} 張，以原始大小開啟</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>第 {version} 版，共 {versions} 版</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>思考了 %Ln 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>思考過程</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>已中斷：回答完成前 Oriel 就關閉了。</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>用說的代替打字（{shortcut}）</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>停止錄音並轉成文字（{shortcut}）</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>正在轉成文字… 按一下即可停止</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>已暫停。已下載的部分會保留：重新開始即可接續下載。</translation>
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
        <translation>遠端引擎</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>使用這台電腦</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>關閉遠端引擎</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未連線：{reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>正在連線到 {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>訊息和圖片會傳送到這台電腦上的另一個程式（{destination}）；不會離開這台機器。</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>訊息和圖片會離開這台電腦：它們會透過加密連線（HTTPS）傳送到 {destination}。</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>訊息和圖片會離開這台電腦：它們未經加密（一般 HTTP）傳送到 {destination}，網路上的其他人可以讀取。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>請輸入伺服器位址，以 http:// 或 https:// 開頭，例如 http://127.0.0.1:8000/v1。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>連線</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>模型大小</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速器</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>脈絡長度（token）</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>模型資料夾</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系統提示</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>每張圖片的 token 數</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>溫度</translation>
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
        <translation>重複懲罰</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在懲罰</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>下載所選模型</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下載進度</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>選擇模型資料夾</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>預設資料夾</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>回答前先思考（較慢，但通常較好）</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>還原建議值</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>將取樣參數還原為此模型的建議值</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定分類</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>自動（可用的最佳選項）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>未使用：由遠端引擎回答（請見「連線」）。</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>使用中：{provider}（{reason}）</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total} 個節點中有 {placed} 個在 {provider} 上執行</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>尚未載入任何模型。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>深色</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>已安裝</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>已安裝。需要約 {ram} 記憶體。</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>未安裝：需下載 {size}。需要約 {ram} 記憶體。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜尋聊天</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>匯出為 Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>匯出為 JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>刪除聊天</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>要刪除「{title}」嗎？此動作無法復原。</translation>
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
        <translation>匯出聊天</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>無法儲存「{path}」：{reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>已儲存「{path}」。</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>語音模型（語音輸入）</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>下載所選的語音模型</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>取消下載</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>匯入資料夾…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>匯入語音模型資料夾</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下載進度</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}：快速（建議）</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}：較準確，較慢</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>已安裝</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>已安裝（{size}）。按下「確定」後，語音輸入就會使用它。</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>已安裝（{size}）。語音輸入正在使用此模型。</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>尚未安裝語音模型：語音輸入需要一個。</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>未安裝。</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>錄音太短，無法轉成文字。</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>麥克風已中斷連線。正在將已錄下的內容轉成文字。</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>錄音會在 %n 分鐘後停止。現在開始轉成文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel 在錄音中沒有聽到任何話。</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>尚未安裝語音模型。請在設定中下載：在「模型」分頁的「語音模型（語音輸入）」下。</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>無法將錄音轉成文字：{reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>找不到麥克風。請連接麥克風，或在系統的音效設定中將它選為輸入裝置。</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel 聽不到麥克風的聲音。麥克風可能已靜音，或 Oriel 沒有使用權限：請在系統的隱私權設定中檢查麥克風權限。</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>還沒錄到任何內容，麥克風就中斷連線了。</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>語音輸入需要音訊函式庫 PortAudio，但尚未安裝。請以「{command}」安裝，然後重新啟動 Oriel。</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>無法使用語音輸入：缺少音訊程式庫（PortAudio）。</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>無法開啟麥克風（{reason}）。可能有其他程式正在使用。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>尚未載入模型。請在設定中選擇一個。</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>找不到模型檔案。請在設定中重新下載或匯入模型。</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>模型檔案已損毀。請在設定中重新下載模型。</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>記憶體不足，無法執行此模型。請關閉其他程式或選擇較小的模型。</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>對話長度超過了模型的脈絡。請開始新聊天，或在設定中加大脈絡長度。</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>無法使用所選的加速器。請在設定中選擇「自動」。</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>有一張圖片無法讀取。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>引擎意外停止，正在重新啟動。你的對話不會遺失。</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>引擎與此版本的 Oriel 不相符。請重新安裝 Oriel。</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>無法連線至 {host}：請檢查網路連線，或匯入資料夾。</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>無法連線到遠端伺服器。請檢查其位址，以及它是否正在執行。</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>遠端伺服器拒絕了 API 金鑰。請在設定中檢查金鑰。</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>遠端伺服器沒有該模型。請在設定中檢查模型名稱。</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>引擎發生問題。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel 無法開啟你的聊天記錄：{reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>每秒約 {words} 個詞，讀一張圖片需 {seconds} 秒</translation>
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
