<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} dışarıda bırakıldı: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Görsel {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disk dolu: {folder} konumunda {size} gerekiyor. Kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konuşma</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Ne istersen sor ya da konuşmak için buraya bir görsel bırak.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Oriel&apos;e mesaj yaz (göndermek için Enter, yeni satır için Shift+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Görsel ekle</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Mesajı gönder</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Yanıtı durdur</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Önceki bir mesajı düzenliyorsun. Gönderdiğinde eski sürüm de saklanır.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Düzenlemeyi iptal et</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>{name} görselini kaldır</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Görseller ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Bir mesaja en fazla %n görsel eklenebilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” Oriel&apos;in okuyabileceği bir görsel değil. PNG, JPEG, WebP, GIF veya BMP görseller ekleyebilirsin.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Yapıştırılan görsel {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Uzak motor</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Bu bilgisayar yerine bir sunucuyla yanıtla</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>OpenAI uyumlu herhangi bir sunucu (vLLM, SGLang, llama.cpp, Ollama). Mesajların ve görsellerin ona gönderilir ve açık olduğu sürece pencere bunu gösterir.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Model adı</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Boş: sunucunun tek modeli</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Anahtarı unut</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Yerel API sunucusu</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Yüklü modeli bu bilgisayardaki diğer uygulamalara sun</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Belirteç</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresi kopyala</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Belirteci kopyala</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kimliği kopyala</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Anahtar yalnızca bu oturum için saklanıyor.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Bu sunucu için kayıtlı bir anahtar var. Değiştirmek için yenisini yaz.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Sunucu anahtar istemiyorsa boş bırak.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Bağlı değil: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>{destination} adresine bağlandı.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Bir istemci, belirteci göndermeden önce bu bağlantı noktasında Oriel olduğunu doğrulayabilir: rastgele bir {challenge} üst bilgisi gönderir, Oriel de bu kimliği anahtar olarak kullanan sınamanın HMAC-SHA256 değeri olan {proof} ile yanıt verir. Bağlantı noktasındaki başka bir program bunu yapamaz.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API anahtarı {destination} adresine şifrelenmeden gönderilecek: aradaki ağdaki herkes onu okuyabilir. Sunucunun https:// adresi varsa onu kullanın. Yine de gönderilsin mi?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Bu bilgisayarda API anahtarını güvenle saklayacak bir anahtarlık yok.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Masaüstünün anahtarlığını (örneğin GNOME Keyring veya KWallet) başlatıp yeniden dene, anahtarı yalnızca kullanıcı hesabının okuyabildiği bir dosyada sakla (şifrelenmez) ya da yalnızca Oriel kapanana kadar tut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Dosyaya kaydet (şifrelenmez)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Yalnızca bu oturum</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Oriel&apos;e hoş geldin</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel, tamamen bu bilgisayarda çalışan bir asistandır. Konuşmaların ve görsellerin burada kalır: hesap yok, telemetri yok; Oriel ağı yalnızca bir model indirdiğinde kullanır.

Şimdi bir model seç. Büyük modeller daha iyi yanıt verir ama daha fazla bellek ister ve daha yavaştır.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Bir model seç</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: {download} indirme, yaklaşık {ram} bellek gerekir</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(bu bilgisayar için önerilir)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(kurulu)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Klasör içe aktar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>İndir</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Sohbete başla</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>İndirme ilerlemesi</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>İndiriliyor…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Model klasörünü içe aktar</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Model hazır.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Tam boyutlu görsel</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofon seviyesi</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Belirteç sistemin anahtarlığında saklanır.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Belirteç, yalnızca kullanıcı hesabının okuyabildiği bir dosyada saklanır: {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>{port} numaralı bağlantı noktası başka bir program tarafından kullanılıyor: başka bir bağlantı noktası seç.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Sunucu başlatılamadı: {reason}</translation>
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
        <translation>Yeni sohbet</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Sohbetlerde ara</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Yanıtı durdur</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Mesaj kutusuna git</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Son yanıtı yeniden oluştur</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ayarlar…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Sohbet</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Araçlar</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Sohbetler ve konuşma</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Hızlandırıcı</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Hız</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Kullanılan bağlam</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Yalnızca bu bilgisayardaki dosyalar eklenebilir.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} adresine bağlanılıyor…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motor kullanılamıyor</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motor durdu</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Motor başlatılıyor…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} yükleniyor…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Yüklü model yok</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Uzak</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/sn</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Bağlam {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} kurulu değil. Ayarlar&apos;dan indirebilirsin.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Önceki sürüm</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Sonraki sürüm</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Mesajı kopyala</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Bu mesajı düzenleyip yeniden gönder</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Yeniden oluştur</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Bu yanıtı yeniden oluştur</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Mesajın</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Düşünme süreci</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Görsel {number}/{total}, tam boyutta aç</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Sürüm {version}/{versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Düşünüyor…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln sn düşündü</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Düşünme süreci</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Durduruldu.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Yarıda kaldı: Oriel bu yanıt bitmeden kapandı.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Yazmak yerine konuş ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Kaydı durdur ve yazıya dök ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Yazıya dökülüyor… durdurmak için tıkla</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Duraklatıldı. İndirilen kısım saklanır: sürdürmek için yeniden başlat.</translation>
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
        <translation>Uzak motor</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Bu bilgisayarı kullan</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Uzak motoru kapat</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Bağlı değil: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} adresine bağlanılıyor…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Mesajlar ve görseller bu bilgisayardaki başka bir programa gider ({destination}); makineden çıkmaz.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Mesajlar ve görseller bu bilgisayardan çıkar: şifreli bir bağlantıyla (HTTPS) {destination} adresine gönderilir.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Mesajlar ve görseller bu bilgisayardan çıkar: şifrelenmeden (düz HTTP) {destination} adresine gönderilir, bu yüzden ağdaki başkaları onları okuyabilir.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Sunucunun adresini http:// veya https:// ile başlayacak şekilde gir, örneğin http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Model boyutu</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Hızlandırıcı</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Bağlam uzunluğu (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Model klasörü</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Sistem talimatı</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Görsel başına token</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Sıcaklık</translation>
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
        <translation>Tekrar cezası</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Varlık cezası</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>İndir</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Seçili modeli indir</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>İndirme ilerlemesi</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Model klasörünü seç</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Varsayılan klasör</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Yanıtlamadan önce düşün (daha yavaş, çoğu zaman daha iyi)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Önerilene sıfırla</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Örneklemeyi bu model için önerilen değerlere sıfırla</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Ayar bölümleri</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Otomatik (en iyi kullanılabilir olan)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Kullanılmıyor: uzak bir motor yanıtlıyor (Bağlantılar&apos;a bak).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Kullanılan: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total} düğümden {placed} tanesi {provider} üzerinde çalışıyor</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Henüz bir model yüklenmedi.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Sisteme göre</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>kurulu</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Kurulu. Yaklaşık {ram} bellek gerekir.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Kurulu değil: {size} indirme. Yaklaşık {ram} bellek gerekir.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Yeni sohbet</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Sohbetlerde ara</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Sohbeti sil</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>“{title}” silinsin mi? Bu işlem geri alınamaz.</translation>
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
        <translation>Sohbeti dışa aktar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Düşünme süreci</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>“{path}” kaydedilemedi: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” kaydedildi.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Konuşma modeli (sesle giriş)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>İndir</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Seçili konuşma modelini indir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>İndirmeyi iptal et</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Klasör içe aktar…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Bir konuşma modeli klasörünü içe aktar</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>İndirme ilerlemesi</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: hızlı (önerilen)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: daha doğru, daha yavaş</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>kurulu</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Kurulu ({size}). Tamam&apos;a bastığında sesle giriş bunu kullanır.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Kurulu ({size}). Sesle giriş bu modeli kullanıyor.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Henüz kurulu bir konuşma modeli yok: sesle giriş için bir tane gerekir.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Kurulu değil.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Kayıt, yazıya dökülemeyecek kadar kısaydı.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofonun bağlantısı kesildi. Kaydedilen kısım yazıya dökülüyor.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Kayıtlar %n dakika sonra durur. Şimdi yazıya dökülüyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel kayıtta hiçbir sözcük duymadı.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Kurulu bir konuşma modeli yok. Ayarlar&apos;dan bir tane indir: “Model” sekmesinde, “Konuşma modeli (sesle giriş)” altında.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Kayıt yazıya dökülemedi: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Mikrofon bulunamadı. Bir mikrofon bağla veya sistemin ses ayarlarında giriş aygıtı olarak seç.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel mikrofonu duyamıyor. Sesi kapalı olabilir ya da Oriel&apos;in onu kullanma izni olmayabilir: sistemin gizlilik ayarlarında mikrofon iznini denetle.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofonun bağlantısı, hiçbir şey kaydedilmeden kesildi.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Sesle giriş, yüklü olmayan PortAudio ses kitaplığına ihtiyaç duyar. “{command}” ile yükleyin, ardından Oriel&apos;i yeniden başlatın.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Sesle giriş kullanılamıyor: ses kitaplığı (PortAudio) eksik.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofon açılamadı ({reason}). Başka bir program kullanıyor olabilir.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Yüklü model yok. Ayarlar&apos;dan bir model seç.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Model dosyaları bulunamadı. Modeli Ayarlar&apos;dan yeniden indir veya içe aktar.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Model dosyaları bozuk. Modeli Ayarlar&apos;dan yeniden indir.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Bu model için yeterli bellek yok. Diğer programları kapat veya daha küçük bir model seç.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Konuşma, modelin bağlamından uzun. Yeni bir sohbet başlat veya Ayarlar&apos;dan bağlam uzunluğunu artır.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Seçilen hızlandırıcı kullanılamıyor. Ayarlar&apos;dan “Otomatik”i seç.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Görsellerden biri okunamadı.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Motor beklenmedik şekilde durdu ve yeniden başlatılıyor. Konuşman güvende.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Motor, Oriel&apos;in bu sürümüyle uyumlu değil. Oriel&apos;i yeniden kur.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host} adresine ulaşılamadı: bağlantıyı denetleyin veya bir klasörü içe aktarın.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Uzak sunucuya ulaşılamadı. Adresini ve çalıştığını kontrol et.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Uzak sunucu API anahtarını reddetti. Anahtarı Ayarlar&apos;dan kontrol et.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Uzak sunucuda bu model yok. Model adını Ayarlar&apos;dan kontrol et.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Motorda bir sorun oluştu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel sohbetlerini açamıyor: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>yaklaşık {words} sözcük/sn, bir görseli {seconds} sn&apos;de okur</translation>
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
