<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} は除外されました: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>画像 {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>ディスクがいっぱいです：{folder} に {size} 必要です。保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>何でも質問してください。画像をここにドロップすると、その画像について話せます。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Oriel へのメッセージ（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>以前のメッセージを編集しています。送信しても元のバージョンは残ります。</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>画像 {name} を削除</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>画像 ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>1 つのメッセージに添付できる画像は %n 枚までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>「{names}」は Oriel が読み込める画像ではありません。PNG、JPEG、WebP、GIF、BMP の画像を添付できます。</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>貼り付けた画像 {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>リモート エンジン</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>このコンピューターの代わりにサーバーで応答する</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>OpenAI 互換のサーバーならどれでも使えます (vLLM、SGLang、llama.cpp、Ollama)。メッセージと画像はそのサーバーに送信され、オンの間はウィンドウにその旨が表示されます。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>モデル名</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>空欄：サーバーの唯一のモデル</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>ローカル API サーバー</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>読み込んだモデルをこのコンピューターの他のアプリに提供する</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>識別情報をコピー</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>このサーバーのキーが保存されています。置き換えるには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>サーバーがキーを必要としない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未接続：{reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>{destination} に接続しました。</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>クライアントはトークンを送る前に、このポートが Oriel であることを確かめられます。ランダムな {challenge} ヘッダーを送ると、Oriel はこの識別情報を鍵としたチャレンジの HMAC-SHA256 を {proof} で返します。ポート上の別のプログラムにはできません。</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API キーは暗号化されずに {destination} へ送信されます。途中のネットワーク上の誰でも読み取れます。サーバーに https:// のアドレスがあればそれを使ってください。それでも送信しますか？</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>このコンピューターには API キーを安全に保管するキーリングがありません。</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>デスクトップのキーリング (GNOME Keyring や KWallet など) を起動してもう一度試すか、あなたのユーザー アカウントだけが読めるファイルにキーを保存するか (暗号化はされません)、Oriel を閉じるまでの間だけキーを保持してください。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>ファイルに保存 (暗号化なし)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>このセッションのみ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Oriel へようこそ</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel は、このコンピューターだけで動作するアシスタントです。会話や画像は外部に送られません。アカウントもテレメトリーもなく、Oriel がネットワークを使うのはモデルをダウンロードするときだけです。

次に、モデルを選んでください。大きいモデルほど回答の質が上がりますが、より多くのメモリが必要で、動作も遅くなります。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>モデルを選択</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}：ダウンロード {download}、必要なメモリは約 {ram}</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>（このコンピューターにおすすめ）</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>（インストール済み）</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>フォルダーをインポート…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>チャットを始める</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>モデルのフォルダーをインポート</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>モデルの準備ができました。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>原寸大の画像</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>マイクの入力レベル</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>トークンはシステムのキーリングに保管されています。</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>トークンは、あなたのユーザー アカウントだけが読めるファイルに保管されています ({folder})。</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>ポート {port} は別のプログラムが使用中です。別のポートを選んでください。</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>サーバーを起動できませんでした：{reason}</translation>
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
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>メッセージ欄へ移動</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>最後の回答を再生成</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>チャット一覧と会話</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>速度</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>使用中のコンテキスト</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>添付できるのはこのコンピューター上のファイルだけです。</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} に接続しています…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>エンジンを利用できません</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>エンジンは停止しています</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>エンジンを起動中…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} を読み込み中…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>リモート</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} トークン/秒</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>コンテキスト {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} はインストールされていません。設定からダウンロードしてください。</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>このメッセージを編集して再送信</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>この回答を再生成</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
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
        <translation>画像 {number}/{total}、原寸大で開く</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>バージョン {version}/{versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln 秒間思考</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>思考過程</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>中断されました：回答が終わる前に Oriel が終了しました。</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>入力する代わりに話す ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>録音を止めて文字に起こす ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>文字起こし中… クリックで停止</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>一時停止中です。ダウンロード済みの部分は保持されます。もう一度開始すると続きから再開します。</translation>
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
        <translation>リモート エンジン</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>このコンピューターを使う</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>リモート エンジンをオフにする</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未接続：{reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} に接続しています…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>メッセージと画像は、このコンピューター上の別のプログラム ({destination}) に送られます。このマシンの外には出ません。</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>メッセージと画像はこのコンピューターの外に出ます：暗号化された接続 (HTTPS) で {destination} に送信されます。</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>メッセージと画像はこのコンピューターの外に出ます：暗号化されずに (プレーンな HTTP で) {destination} に送信されるため、ネットワーク上の他の人が読むことができます。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>サーバーのアドレスを http:// または https:// から始めて入力してください (例：http://127.0.0.1:8000/v1)。</translation>
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
        <translation>モデル</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>接続</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>モデルのサイズ</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>アクセラレーター</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>モデルのフォルダー</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>画像 1 枚あたりのトークン数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>温度 (Temperature)</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>出現ペナルティ</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>選択したモデルをダウンロード</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>モデルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>既定のフォルダー</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>回答の前に考える（時間はかかるが、多くの場合より良い回答に）</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>推奨値に戻す</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>サンプリングをこのモデルの推奨値に戻す</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定の項目</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>自動（利用できる最適なもの）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>使用していません：リモート エンジンが応答しています (「接続」を参照)。</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>使用中：{provider}（{reason}）</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total} 個中 {placed} 個のノードが {provider} で実行されます</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>まだモデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>インストール済みです。約 {ram} のメモリが必要です。</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>未インストール：ダウンロードは {size} です。約 {ram} のメモリが必要です。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown でエクスポート…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON でエクスポート…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>「{title}」を削除しますか？ この操作は取り消せません。</translation>
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
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
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
        <translation>「{path}」を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>「{path}」を保存しました。</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>音声モデル (音声入力)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>選択した音声モデルをダウンロード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>フォルダーをインポート…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>音声モデルのフォルダーをインポート</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}：高速 (おすすめ)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}：より正確、低速</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>インストール済み ({size})。OK を押すと音声入力で使われます。</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>インストール済み ({size})。音声入力はこのモデルを使用しています。</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>音声モデルはまだインストールされていません。音声入力には音声モデルが必要です。</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>インストールされていません。</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>録音が短すぎて文字に起こせません。</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>マイクが外されました。録音できた部分を文字に起こしています。</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>録音は %n 分で止まります。これから文字に起こします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>録音から言葉を聞き取れませんでした。</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>音声モデルがインストールされていません。設定の「モデル」タブにある「音声モデル (音声入力)」からダウンロードしてください。</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>録音を文字に起こせませんでした：{reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>マイクが見つかりません。マイクを接続するか、システムのサウンド設定で入力デバイスとして選んでください。</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel にマイクの音が届いていません。ミュートになっているか、Oriel にマイクの使用が許可されていない可能性があります。システムのプライバシー設定でマイクへのアクセスを確認してください。</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>何も録音されないうちにマイクが外されました。</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>音声入力にはオーディオライブラリ PortAudio が必要ですが、インストールされていません。「{command}」でインストールしてから Oriel を再起動してください。</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>音声入力は利用できません：オーディオ ライブラリ (PortAudio) がありません。</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>マイクを開けませんでした ({reason})。ほかのプログラムが使用している可能性があります。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>モデルが読み込まれていません。設定でモデルを選んでください。</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>モデルのファイルが見つかりません。設定からモデルをもう一度ダウンロードするか、インポートしてください。</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>モデルのファイルが壊れています。設定からモデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>このモデルにはメモリが足りません。ほかのプログラムを閉じるか、小さいモデルを選んでください。</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>会話がモデルのコンテキストを超えています。新しいチャットを始めるか、設定でコンテキスト長を増やしてください。</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>選択したアクセラレーターは利用できません。設定で「自動」を選んでください。</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>画像の 1 つを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>エンジンが予期せず停止したため、再起動しています。会話は失われていません。</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>エンジンがこのバージョンの Oriel と一致しません。Oriel を再インストールしてください。</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host} に接続できませんでした。接続を確認するか、フォルダーをインポートしてください。</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>リモート サーバーに接続できませんでした。アドレスと、サーバーが動作しているかを確認してください。</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>リモート サーバーが API キーを拒否しました。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>リモート サーバーにそのモデルはありません。設定でモデル名を確認してください。</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>エンジンで問題が発生しました。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel でチャットを開けません：{reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>毎秒約 {words} 語、画像の読み取りに {seconds} 秒</translation>
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
