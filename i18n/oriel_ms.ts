<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} ditinggalkan: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imej</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Imej {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Cakera penuh: {size} diperlukan di {folder}. Ia tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Tanya apa sahaja, atau lepaskan imej di sini untuk berbincang tentangnya.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Mesej kepada Oriel (Enter untuk hantar, Shift+Enter untuk baris baharu)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Lampirkan imej</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Hantar mesej</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Hentikan jawapan</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Anda sedang menyunting mesej terdahulu. Apabila dihantar, versi lama masih disimpan.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Batalkan suntingan</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Alih keluar imej {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imej ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Satu mesej boleh membawa paling banyak %n imej.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” bukan imej yang boleh dibaca oleh Oriel. Anda boleh melampirkan imej PNG, JPEG, WebP, GIF atau BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Imej yang ditampal {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Enjin jauh</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Jawab dengan pelayan dan bukan komputer ini</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Mana-mana pelayan yang serasi dengan OpenAI (vLLM, SGLang, llama.cpp, Ollama). Mesej dan imej anda dihantar kepadanya, dan tetingkap menyatakannya selagi ia dihidupkan.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat pelayan</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nama model</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Kosong: satu-satunya model pelayan</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Lupakan kunci</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Pelayan API setempat</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Sediakan model yang dimuatkan kepada aplikasi lain pada komputer ini</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Salin alamat</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Salin token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identiti</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Salin identiti</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Kunci disimpan untuk sesi ini sahaja.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Kunci untuk pelayan ini telah disimpan. Taip kunci baharu untuk menggantikannya.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Biarkan kunci kosong jika pelayan tidak memerlukannya.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Tidak bersambung: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Bersambung ke {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Klien boleh menyemak bahawa port ini ialah Oriel sebelum menghantar token: ia menghantar pengepala {challenge} rawak, dan Oriel menjawab {proof}, iaitu HMAC-SHA256 cabaran itu dengan identiti ini sebagai kunci. Program lain pada port itu tidak boleh.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Kunci API akan dihantar tanpa penyulitan ke {destination}: sesiapa di rangkaian di antaranya boleh membacanya. Gunakan alamat https:// jika pelayan mempunyainya. Hantar juga?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Tiada rantai kunci pada komputer ini untuk menyimpan kunci API dengan selamat.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Mulakan rantai kunci desktop anda (seperti GNOME Keyring atau KWallet) dan cuba lagi, simpan kunci dalam fail yang hanya boleh dibaca oleh akaun pengguna anda (ia tidak disulitkan), atau simpan hanya sehingga Oriel ditutup.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Simpan dalam fail (tidak disulitkan)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Sesi ini sahaja</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Selamat datang ke Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel ialah pembantu yang berjalan sepenuhnya pada komputer ini. Perbualan dan imej anda kekal di sini: tiada akaun, tiada telemetri, dan Oriel hanya menggunakan rangkaian apabila anda memuat turun model.

Seterusnya, pilih model. Model yang lebih besar menjawab dengan lebih baik, tetapi memerlukan lebih banyak memori dan lebih perlahan.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Pilih model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: muat turun {download}, perlukan kira-kira {ram} memori</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(dicadangkan untuk komputer ini)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(dipasang)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sambung semula</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Muat turun</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Mula bersembang</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan muat turun</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Memuat turun…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Import folder model</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimport…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Model sudah sedia.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Imej</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Imej saiz penuh</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Aras mikrofon</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Token disimpan dalam rantai kunci sistem.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Token disimpan dalam fail yang hanya boleh dibaca oleh akaun pengguna anda, dalam {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} sudah digunakan oleh program lain: pilih port lain.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Pelayan tidak dapat dimulakan: {reason}</translation>
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
        <translation>Sembang baharu</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cari sembang</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Hentikan jawapan</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Pergi ke kotak mesej</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Jana semula jawapan terakhir</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Sembang</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alatan</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Sembang</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Senarai sembang dan perbualan</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Pemecut</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Kelajuan</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Konteks digunakan</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Hanya fail pada komputer ini boleh dilampirkan.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Menyambung ke {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Enjin tidak tersedia</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Enjin berhenti</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Memulakan enjin…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Memuatkan Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Tiada model dimuatkan</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Jauh</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Konteks {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} belum dipasang. Muat turunnya dalam Tetapan.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versi sebelumnya</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versi seterusnya</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Salin mesej</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Sunting mesej ini dan hantar semula</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Jana semula</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Jana semula jawapan ini</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Mesej anda</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Jawapan</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Penaakulan</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Imej {number} daripada {total}, buka dalam saiz penuh</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versi {version} daripada {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Sedang berfikir…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Berfikir selama %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Penaakulan</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Terganggu: Oriel ditutup sebelum jawapan ini selesai.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Bercakap dan bukannya menaip ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Hentikan rakaman dan transkripsikan ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Mentranskripsi… klik untuk berhenti</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Dijeda. Bahagian yang sudah dimuat turun disimpan: mulakan semula untuk menyambung.</translation>
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
        <translation>Enjin jauh</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Gunakan komputer ini</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Matikan enjin jauh</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Tidak bersambung: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Menyambung ke {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Mesej dan imej dihantar kepada program lain pada komputer ini ({destination}); semuanya tidak meninggalkan mesin.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Mesej dan imej meninggalkan komputer ini: semuanya dihantar ke {destination} melalui sambungan yang disulitkan (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Mesej dan imej meninggalkan komputer ini: semuanya dihantar ke {destination} tanpa penyulitan (HTTP biasa), jadi orang lain dalam rangkaian boleh membacanya.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Masukkan alamat pelayan, bermula dengan http:// atau https://, contohnya http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Sembang</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Rupa</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Sambungan</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Saiz model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Pemecut</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Panjang konteks (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Folder model</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Arahan sistem</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token bagi setiap imej</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Suhu</translation>
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
        <translation>Penalti pengulangan</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalti kehadiran</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Muat turun</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Muat turun model yang dipilih</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan muat turun</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Semak imbas…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Pilih folder model</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Folder lalai</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Berfikir sebelum menjawab (lebih perlahan, selalunya lebih baik)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Set semula kepada disyorkan</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Set semula pensampelan kepada nilai yang disyorkan untuk model ini</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bahagian tetapan</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatik (terbaik yang tersedia)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Tidak digunakan: enjin jauh sedang menjawab (lihat Sambungan).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Sedang digunakan: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} daripada {total} nod berjalan pada {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Belum ada model yang dimuatkan.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Ikut sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>dipasang</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Dipasang. Perlukan kira-kira {ram} memori.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Belum dipasang: muat turun {size}. Perlukan kira-kira {ram} memori.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Sembang baharu</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cari sembang</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Namakan semula</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Padam…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksport sebagai Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Eksport sebagai JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Padam sembang</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Padam “{title}”? Tindakan ini tidak boleh dibuat asal.</translation>
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
        <translation>Eksport sembang</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Penaakulan</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Tidak dapat menyimpan “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” disimpan.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Model pertuturan (input suara)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Muat turun</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Muat turun model pertuturan yang dipilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Batalkan muat turun</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Import folder model pertuturan</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan muat turun</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: pantas (disyorkan)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: lebih tepat, lebih perlahan</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>dipasang</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Dipasang ({size}). Input suara akan menggunakannya sebaik sahaja anda menekan OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Dipasang ({size}). Input suara menggunakan model ini.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Belum ada model pertuturan yang dipasang: input suara memerlukannya.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Belum dipasang.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Rakaman terlalu pendek untuk ditranskripsikan.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofon telah diputuskan. Mentranskripsi apa yang telah dirakam.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Rakaman berhenti selepas %n minit. Sedang ditranskripsikan sekarang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel tidak mendengar sebarang perkataan dalam rakaman.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Tiada model pertuturan yang dipasang. Muat turun satu dalam Tetapan: pada tab “Model”, di bawah “Model pertuturan (input suara)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Rakaman tidak dapat ditranskripsikan: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Tiada mikrofon ditemui. Sambungkan satu, atau pilih sebagai peranti input dalam tetapan bunyi sistem anda.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel tidak dapat mendengar mikrofon. Mungkin mikrofon diredamkan, atau Oriel tidak dibenarkan menggunakannya: semak kebenaran mikrofon dalam tetapan privasi sistem anda.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofon telah diputuskan sebelum apa-apa dirakam.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Input suara memerlukan pustaka audio PortAudio, yang tidak dipasang. Pasangnya dengan “{command}”, kemudian mulakan semula Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Input suara tidak tersedia: pustaka audio (PortAudio) tiada.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofon tidak dapat dibuka ({reason}). Mungkin program lain sedang menggunakannya.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Tiada model dimuatkan. Pilih satu dalam Tetapan.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Fail model tidak ditemui. Muat turun atau import semula model dalam Tetapan.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Fail model rosak. Muat turun semula model dalam Tetapan.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Memori tidak mencukupi untuk model ini. Tutup program lain atau pilih model yang lebih kecil.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Perbualan lebih panjang daripada konteks model. Mulakan sembang baharu atau naikkan panjang konteks dalam Tetapan.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Pemecut yang dipilih tidak tersedia. Pilih “Automatik” dalam Tetapan.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Salah satu imej tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Enjin berhenti secara tidak dijangka dan sedang dimulakan semula. Perbualan anda selamat.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Enjin tidak sepadan dengan versi Oriel ini. Pasang semula Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Tidak dapat mencapai {host}: semak sambungan, atau import folder.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Pelayan jauh tidak dapat dihubungi. Semak alamatnya dan pastikan ia sedang berjalan.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Pelayan jauh menolak kunci API. Semak kunci dalam Tetapan.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Pelayan jauh tiada model itu. Semak nama model dalam Tetapan.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Berlaku masalah dalam enjin.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel tidak dapat membuka sembang anda: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>kira-kira {words} perkataan/s, membaca imej dalam {seconds} s</translation>
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
