<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>Đã bỏ qua {name}: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Hình ảnh {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Ổ đĩa đã đầy: cần {size} tại {folder}. Chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Hãy hỏi bất cứ điều gì, hoặc thả một hình ảnh vào đây để cùng bàn về nó.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nhắn cho Oriel (Enter để gửi, Shift+Enter để xuống dòng)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Đính kèm hình ảnh</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Gửi tin nhắn</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Bạn đang sửa một tin nhắn trước đó. Khi gửi, phiên bản cũ vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Hủy sửa</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Gỡ hình ảnh {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Hình ảnh ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Mỗi tin nhắn chỉ kèm được tối đa %n hình ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” không phải là hình ảnh mà Oriel đọc được. Bạn có thể đính kèm ảnh PNG, JPEG, WebP, GIF hoặc BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Ảnh đã dán {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Công cụ từ xa</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Trả lời bằng một máy chủ thay vì máy tính này</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Bất kỳ máy chủ nào tương thích với OpenAI (vLLM, SGLang, llama.cpp, Ollama). Tin nhắn và hình ảnh của bạn được gửi tới đó, và cửa sổ sẽ cho biết điều này chừng nào tính năng còn bật.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Để trống: mô hình duy nhất của máy chủ</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Quên khóa</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Máy chủ API cục bộ</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Cung cấp mô hình đã tải cho các ứng dụng khác trên máy tính này</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Mã thông báo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Sao chép địa chỉ</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Sao chép mã thông báo</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Định danh</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Sao chép định danh</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Khóa chỉ được giữ trong phiên này.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Đã lưu một khóa cho máy chủ này. Hãy nhập khóa mới để thay thế.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Để trống khóa nếu máy chủ không cần.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Chưa kết nối: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Đã kết nối tới {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Trước khi gửi mã thông báo, ứng dụng khách có thể kiểm tra cổng này đúng là Oriel: nó gửi một tiêu đề {challenge} ngẫu nhiên, và Oriel trả lời bằng {proof}, là HMAC-SHA256 của thử thách với khóa là định danh này. Chương trình khác trên cổng không làm được.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Khóa API sẽ được gửi không mã hóa tới {destination}: bất kỳ ai trên mạng ở giữa đều có thể đọc được. Hãy dùng địa chỉ https:// nếu máy chủ có. Vẫn gửi?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Máy tính này không có chùm khóa nào để giữ khóa API an toàn.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Hãy khởi động chùm khóa của môi trường máy tính (như GNOME Keyring hoặc KWallet) rồi thử lại, giữ khóa trong một tệp chỉ tài khoản người dùng của bạn đọc được (tệp không được mã hóa), hoặc chỉ giữ khóa cho đến khi Oriel đóng.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Lưu vào tệp (không mã hóa)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Chỉ phiên này</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Chào mừng bạn đến với Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel là trợ lý chạy hoàn toàn trên máy tính này. Các cuộc trò chuyện và hình ảnh của bạn ở lại đây: không có tài khoản, không có dữ liệu đo từ xa, và Oriel chỉ dùng mạng khi bạn tải xuống một mô hình.

Tiếp theo, hãy chọn một mô hình. Mô hình càng lớn trả lời càng tốt, nhưng cần nhiều bộ nhớ hơn và chạy chậm hơn.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Chọn mô hình</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: tải xuống {download}, cần khoảng {ram} bộ nhớ</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(đề xuất cho máy tính này)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(đã cài đặt)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục tải</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Bắt đầu trò chuyện</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Tiến trình tải xuống</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Đang tải xuống…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Nhập thư mục mô hình</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Mô hình đã sẵn sàng.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Hình ảnh kích thước đầy đủ</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mức âm lượng micrô</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Mã thông báo được giữ trong chùm khóa của hệ thống.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Mã thông báo được giữ trong một tệp chỉ tài khoản người dùng của bạn đọc được, tại {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Cổng {port} đã được một chương trình khác sử dụng: hãy chọn cổng khác.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Không thể khởi động máy chủ: {reason}</translation>
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
        <translation>Cuộc trò chuyện mới</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Tìm trong các cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Dừng câu trả lời</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Đến ô nhập tin nhắn</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Tạo lại câu trả lời cuối</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Trò chuyện</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Danh sách và cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Bộ tăng tốc</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Ngữ cảnh đã dùng</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Chỉ có thể đính kèm tệp trên máy tính này.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Đang kết nối tới {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Bộ máy không khả dụng</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Bộ máy đã dừng</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Đang khởi động bộ máy…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Đang tải Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Chưa tải mô hình</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Từ xa</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/giây</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Ngữ cảnh {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Chưa cài đặt Qwen3.5 {size}. Hãy tải xuống trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Phiên bản trước</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Phiên bản sau</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Sao chép tin nhắn</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Sửa tin nhắn này và gửi lại</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Tạo lại câu trả lời này</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tin nhắn của bạn</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Suy luận</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Hình {number}/{total}, mở ở kích thước đầy đủ</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Phiên bản {version}/{versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Đang suy nghĩ…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Đã suy nghĩ %Ln giây</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Suy luận</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Bị gián đoạn: Oriel đã đóng trước khi câu trả lời hoàn tất.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Nói thay vì gõ ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Dừng ghi âm và chuyển thành văn bản ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Đang chuyển thành văn bản… nhấp để dừng</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Đã tạm dừng. Phần đã tải được giữ lại: hãy bắt đầu lại để tải tiếp.</translation>
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
        <translation>Công cụ từ xa</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Dùng máy tính này</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Tắt công cụ từ xa</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Chưa kết nối: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Đang kết nối tới {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Tin nhắn và hình ảnh được gửi tới một chương trình khác trên máy tính này ({destination}); chúng không rời khỏi máy.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Tin nhắn và hình ảnh rời khỏi máy tính này: chúng được gửi tới {destination} qua kết nối được mã hóa (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Tin nhắn và hình ảnh rời khỏi máy tính này: chúng được gửi tới {destination} mà không mã hóa (HTTP thường), nên người khác trong mạng có thể đọc được.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Hãy nhập địa chỉ máy chủ, bắt đầu bằng http:// hoặc https://, ví dụ http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Kích thước mô hình</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Bộ tăng tốc</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Độ dài ngữ cảnh (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Thư mục mô hình</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Lời nhắc hệ thống</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Số token cho mỗi hình ảnh</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Nhiệt độ</translation>
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
        <translation>Phạt lặp lại</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Phạt xuất hiện</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Tải xuống mô hình đã chọn</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Tiến trình tải xuống</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Chọn thư mục mô hình</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Thư mục mặc định</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Suy nghĩ trước khi trả lời (chậm hơn, thường tốt hơn)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Đặt lại giá trị đề xuất</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Đặt lại thông số lấy mẫu về giá trị đề xuất cho mô hình này</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Các mục cài đặt</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Tự động (tốt nhất hiện có)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Không dùng: một công cụ từ xa đang trả lời (xem Kết nối).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Đang dùng: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} trên {total} nút chạy trên {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Chưa có mô hình nào được tải.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Tối</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>đã cài đặt</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Đã cài đặt. Cần khoảng {ram} bộ nhớ.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Chưa cài đặt: tải xuống {size}. Cần khoảng {ram} bộ nhớ.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Cuộc trò chuyện mới</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Tìm trong các cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Các cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Xuất dạng Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Xuất dạng JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Xóa cuộc trò chuyện</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Xóa “{title}”? Không thể hoàn tác.</translation>
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
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Suy luận</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Không thể lưu “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Đã lưu “{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Mô hình giọng nói (nhập bằng giọng nói)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Tải xuống mô hình giọng nói đã chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Hủy tải xuống</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Nhập thư mục mô hình giọng nói</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Tiến trình tải xuống</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: nhanh (khuyên dùng)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: chính xác hơn, chậm hơn</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>đã cài đặt</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Đã cài đặt ({size}). Tính năng nhập bằng giọng nói sẽ dùng mô hình này khi bạn nhấn OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Đã cài đặt ({size}). Tính năng nhập bằng giọng nói đang dùng mô hình này.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Chưa cài đặt mô hình giọng nói nào: tính năng nhập bằng giọng nói cần một mô hình.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Chưa cài đặt.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Bản ghi âm quá ngắn để chuyển thành văn bản.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Micrô đã bị ngắt kết nối. Đang chuyển phần đã ghi thành văn bản.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Việc ghi âm dừng sau %n phút. Đang chuyển thành văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel không nghe thấy lời nào trong bản ghi âm.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Chưa cài đặt mô hình giọng nói nào. Hãy tải xuống trong Cài đặt: ở thẻ “Mô hình”, mục “Mô hình giọng nói (nhập bằng giọng nói)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Không thể chuyển bản ghi âm thành văn bản: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Không tìm thấy micrô. Hãy cắm một micrô, hoặc chọn nó làm thiết bị đầu vào trong phần cài đặt âm thanh của hệ thống.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel không nghe được micrô. Có thể micrô đang bị tắt tiếng, hoặc Oriel chưa được phép dùng nó: hãy kiểm tra quyền dùng micrô trong phần cài đặt quyền riêng tư của hệ thống.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Micrô bị ngắt kết nối trước khi ghi được gì.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Nhập bằng giọng nói cần thư viện âm thanh PortAudio, hiện chưa được cài đặt. Hãy cài bằng “{command}”, rồi khởi động lại Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Không dùng được tính năng nhập bằng giọng nói: thiếu thư viện âm thanh (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Không thể mở micrô ({reason}). Có thể một chương trình khác đang dùng nó.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Chưa tải mô hình nào. Hãy chọn một mô hình trong Cài đặt.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Không tìm thấy tệp của mô hình. Hãy tải xuống hoặc nhập lại mô hình trong Cài đặt.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Tệp của mô hình bị hỏng. Hãy tải lại mô hình trong Cài đặt.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Không đủ bộ nhớ cho mô hình này. Hãy đóng các chương trình khác hoặc chọn mô hình nhỏ hơn.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Cuộc trò chuyện dài hơn ngữ cảnh của mô hình. Hãy bắt đầu cuộc trò chuyện mới hoặc tăng độ dài ngữ cảnh trong Cài đặt.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Bộ tăng tốc đã chọn không khả dụng. Hãy chọn “Tự động” trong Cài đặt.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Không đọc được một trong các hình ảnh.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Bộ máy dừng đột ngột và đang khởi động lại. Cuộc trò chuyện của bạn vẫn an toàn.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Bộ máy không khớp với phiên bản Oriel này. Hãy cài đặt lại Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Không thể kết nối tới {host}: hãy kiểm tra kết nối, hoặc nhập một thư mục.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Không kết nối được tới máy chủ từ xa. Hãy kiểm tra địa chỉ và xem máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Máy chủ từ xa đã từ chối khóa API. Hãy kiểm tra khóa trong Cài đặt.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Máy chủ từ xa không có mô hình đó. Hãy kiểm tra tên mô hình trong Cài đặt.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Đã xảy ra lỗi trong bộ máy.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel không thể mở các cuộc trò chuyện của bạn: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>khoảng {words} từ/giây, đọc một hình ảnh trong {seconds} giây</translation>
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
