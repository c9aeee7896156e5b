<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} 파일은 제외되었습니다: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>이미지 {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>디스크가 가득 찼습니다: {folder}에 {size}이(가) 필요합니다. 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>무엇이든 물어보세요. 이미지를 여기에 놓으면 그 이미지에 대해 이야기할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Oriel에게 메시지 보내기 (Enter: 보내기, Shift+Enter: 줄 바꿈)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>이미지 첨부</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>답변 중지</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>이전 메시지를 편집하고 있습니다. 보내도 이전 버전은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>편집 취소</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>이미지 {name} 제거</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>메시지 하나에 이미지를 최대 %n개까지 첨부할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>‘{names}’은(는) Oriel이 읽을 수 있는 이미지가 아닙니다. PNG, JPEG, WebP, GIF, BMP 이미지를 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>붙여 넣은 이미지 {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>원격 엔진</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>이 컴퓨터 대신 서버로 답변</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>OpenAI 호환 서버라면 무엇이든 됩니다(vLLM, SGLang, llama.cpp, Ollama). 메시지와 이미지가 그 서버로 전송되며, 켜져 있는 동안 창에 그 사실이 표시됩니다.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>모델 이름</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>비워 두기: 서버의 유일한 모델</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>로컬 API 서버</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>불러온 모델을 이 컴퓨터의 다른 앱에 제공</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>포트</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>주소 복사</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>토큰 복사</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>식별 정보</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>식별 정보 복사</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>키는 이번 세션에만 보관됩니다.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>이 서버의 키가 저장되어 있습니다. 바꾸려면 새 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>서버에 키가 필요 없으면 비워 두세요.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>연결되지 않음: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>{destination}에 연결됨.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>클라이언트는 토큰을 보내기 전에 이 포트가 Oriel인지 확인할 수 있습니다. 임의의 {challenge} 헤더를 보내면 Oriel은 이 식별 정보를 키로 한 챌린지의 HMAC-SHA256을 {proof}로 답합니다. 포트의 다른 프로그램은 그렇게 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API 키가 암호화되지 않은 채 {destination}(으)로 전송됩니다. 중간 네트워크의 누구나 읽을 수 있습니다. 서버에 https:// 주소가 있다면 그것을 사용하세요. 그래도 보낼까요?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>이 컴퓨터에는 API 키를 안전하게 보관할 키링이 없습니다.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>데스크톱의 키링(GNOME Keyring이나 KWallet 등)을 시작한 뒤 다시 시도하거나, 사용자 계정만 읽을 수 있는 파일에 키를 보관하거나(암호화되지 않음), Oriel을 닫을 때까지만 키를 보관하세요.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>파일에 저장(암호화 안 됨)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>이번 세션만</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Oriel에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel은 이 컴퓨터에서만 실행되는 어시스턴트입니다. 대화와 이미지는 이 컴퓨터에 그대로 남습니다. 계정도, 원격 측정도 없으며, Oriel은 모델을 다운로드할 때만 네트워크를 사용합니다.

이제 모델을 선택하세요. 큰 모델일수록 답변이 좋지만 메모리가 더 많이 필요하고 속도가 느립니다.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>모델 선택</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: 다운로드 {download}, 메모리 약 {ram} 필요</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(이 컴퓨터에 권장)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(설치됨)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>폴더 가져오기…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>채팅 시작</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>다운로드 진행률</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>다운로드하는 중…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>모델 폴더 가져오기</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>모델이 준비되었습니다.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>원본 크기 이미지</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>마이크 입력 수준</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>토큰은 시스템 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>토큰은 사용자 계정만 읽을 수 있는 파일에 보관됩니다. 위치: {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>{port} 포트는 이미 다른 프로그램이 사용 중입니다. 다른 포트를 선택하세요.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>서버를 시작할 수 없습니다: {reason}</translation>
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
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>채팅 검색</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>답변 중지</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>메시지 입력란으로 이동</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>마지막 답변 다시 생성</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>채팅(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>채팅 목록과 대화</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>모델</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>가속기</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>속도</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>사용한 컨텍스트</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>이 컴퓨터에 있는 파일만 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination}에 연결하는 중…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>엔진을 사용할 수 없음</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>엔진 중지됨</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>엔진을 시작하는 중…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} 불러오는 중…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>원격</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>초당 {speed}토큰</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>컨텍스트 {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size}이(가) 설치되어 있지 않습니다. 설정에서 다운로드하세요.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>다음 버전</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>메시지 복사</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>편집</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>이 메시지를 편집해 다시 보내기</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>이 답변 다시 생성</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>내 메시지</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>답변</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>생각</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>이미지 {number}/{total}, 원본 크기로 열기</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>버전 {version}/{versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln초 동안 생각함</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>생각 과정</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지되었습니다.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>중단됨: 답변이 끝나기 전에 Oriel이 종료되었습니다.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>입력 대신 말하기 ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>녹음을 멈추고 받아쓰기 ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>받아쓰는 중… 클릭하면 중지</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>일시 중지되었습니다. 이미 다운로드한 부분은 유지됩니다. 다시 시작하면 이어서 받습니다.</translation>
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
        <translation>원격 엔진</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>이 컴퓨터 사용</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>원격 엔진 끄기</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>연결되지 않음: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination}에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>메시지와 이미지는 이 컴퓨터의 다른 프로그램({destination})으로 갑니다. 이 기기 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>메시지와 이미지가 이 컴퓨터 밖으로 나갑니다. 암호화된 연결(HTTPS)로 {destination}에 전송됩니다.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>메시지와 이미지가 이 컴퓨터 밖으로 나갑니다. 암호화되지 않은 상태(일반 HTTP)로 {destination}에 전송되므로 네트워크의 다른 사람이 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>http:// 또는 https://로 시작하는 서버 주소를 입력하세요. 예: http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>모델</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>연결</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>모델 크기</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>가속기</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>컨텍스트 길이(토큰)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>모델 폴더</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>이미지당 토큰 수</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>온도</translation>
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
        <translation>반복 페널티</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>존재 페널티</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>선택한 모델 다운로드</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>다운로드 진행률</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>모델 폴더 선택</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>기본 폴더</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>답하기 전에 생각하기 (느리지만 대개 더 좋음)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>권장값으로 재설정</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>샘플링을 이 모델의 권장값으로 재설정</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>설정 섹션</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>자동 (사용 가능한 최선)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>사용 안 함: 원격 엔진이 답변합니다(연결 참조).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>사용 중: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>노드 {total}개 중 {placed}개가 {provider}에서 실행됩니다</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>아직 불러온 모델이 없습니다.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>설치됨</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>설치됨. 메모리가 약 {ram} 필요합니다.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>설치되지 않음: {size} 다운로드. 메모리가 약 {ram} 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>채팅 검색</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown으로 내보내기…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON으로 내보내기…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>채팅 삭제</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>‘{title}’을(를) 삭제할까요? 되돌릴 수 없습니다.</translation>
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
        <translation>채팅 내보내기</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>‘{path}’을(를) 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>‘{path}’을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>음성 모델(음성 입력)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>선택한 음성 모델 다운로드</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>다운로드 취소</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>폴더 가져오기…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>음성 모델 폴더 가져오기</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>다운로드 진행률</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: 빠름(권장)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: 더 정확함, 더 느림</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>설치됨</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>설치됨({size}). 확인을 누르면 음성 입력에 사용됩니다.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>설치됨({size}). 음성 입력이 이 모델을 사용합니다.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>아직 설치된 음성 모델이 없습니다. 음성 입력에는 음성 모델이 필요합니다.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>설치되지 않음.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>녹음이 너무 짧아 받아쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>마이크 연결이 끊겼습니다. 녹음된 부분을 받아쓰는 중입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>녹음은 %n분이 지나면 멈춥니다. 지금 받아쓰는 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel이 녹음에서 아무 말도 듣지 못했습니다.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>설치된 음성 모델이 없습니다. 설정의 ‘모델’ 탭에서 ‘음성 모델(음성 입력)’ 아래에서 다운로드하세요.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>녹음을 받아쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>마이크를 찾을 수 없습니다. 마이크를 연결하거나 시스템 소리 설정에서 입력 장치로 선택하세요.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel이 마이크 소리를 듣지 못합니다. 음소거되어 있거나 Oriel에 마이크 사용 권한이 없을 수 있습니다. 시스템 개인 정보 설정에서 마이크 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>녹음되기 전에 마이크 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>음성 입력에는 오디오 라이브러리 PortAudio가 필요하지만 설치되어 있지 않습니다. “{command}”로 설치한 다음 Oriel을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>음성 입력을 사용할 수 없습니다. 오디오 라이브러리(PortAudio)가 없습니다.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>마이크를 열 수 없습니다({reason}). 다른 프로그램이 사용 중일 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>불러온 모델이 없습니다. 설정에서 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>모델 파일을 찾을 수 없습니다. 설정에서 모델을 다시 다운로드하거나 가져오세요.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>모델 파일이 손상되었습니다. 설정에서 모델을 다시 다운로드하세요.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>이 모델에 필요한 메모리가 부족합니다. 다른 프로그램을 닫거나 더 작은 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>대화가 모델의 컨텍스트보다 깁니다. 새 채팅을 시작하거나 설정에서 컨텍스트 길이를 늘리세요.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>선택한 가속기를 사용할 수 없습니다. 설정에서 ‘자동’을 선택하세요.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>이미지 중 하나를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>엔진이 예기치 않게 멈춰 다시 시작하고 있습니다. 대화는 안전합니다.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>엔진이 이 버전의 Oriel과 맞지 않습니다. Oriel을 다시 설치하세요.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host}에 연결할 수 없습니다. 연결을 확인하거나 폴더를 가져오세요.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>원격 서버에 연결할 수 없습니다. 주소와 서버가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>원격 서버가 API 키를 거부했습니다. 설정에서 키를 확인하세요.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>원격 서버에 해당 모델이 없습니다. 설정에서 모델 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>엔진에 문제가 생겼습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel에서 채팅을 열 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>초당 약 {words}단어, 이미지 읽기 {seconds}초</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size}GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size}MB</translation>
    </message>
</context>
</TS>
