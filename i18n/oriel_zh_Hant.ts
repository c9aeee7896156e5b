<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hant">
<context>
    <name>ChatSession</name>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
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
    <name>EngineClient</name>
    <message>
        <source>This copy of Oriel has no engine installed.</source>
        <translation>這份 Oriel 沒有安裝引擎。</translation>
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
        <source>In use: {provider} ({reason})</source>
        <translation>使用中：{provider}（{reason}）</translation>
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
