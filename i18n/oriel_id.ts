<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} tidak disertakan: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Gambar {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disk penuh: perlu {size} di {folder}. Tidak tersimpan.</translation>
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
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Tanyakan apa saja, atau letakkan gambar di sini untuk membahasnya.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Kirim pesan ke Oriel (Enter untuk mengirim, Shift+Enter untuk baris baru)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Lampirkan gambar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Kirim pesan</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Hentikan jawaban</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Anda sedang mengedit pesan sebelumnya. Saat dikirim, versi lamanya tetap disimpan.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Batalkan pengeditan</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Hapus gambar {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Gambar ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Satu pesan dapat memuat paling banyak %n gambar.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” bukan gambar yang dapat dibaca Oriel. Anda dapat melampirkan gambar PNG, JPEG, WebP, GIF, atau BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Gambar tempelan {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Mesin jarak jauh</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Jawab dengan server, bukan komputer ini</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Server apa pun yang kompatibel dengan OpenAI (vLLM, SGLang, llama.cpp, Ollama). Pesan dan gambar Anda dikirim ke sana, dan jendela menunjukkannya selama fitur ini aktif.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nama model</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Kosong: satu-satunya model di server</translation>
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
        <translation>Server API lokal</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Sediakan model yang dimuat untuk aplikasi lain di komputer ini</translation>
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
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Salin identitas</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Kunci hanya disimpan untuk sesi ini.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Ada kunci tersimpan untuk server ini. Ketik kunci baru untuk menggantinya.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Biarkan kunci kosong jika server tidak memerlukannya.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Tidak terhubung: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Terhubung ke {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Klien dapat memeriksa bahwa port ini adalah Oriel sebelum mengirim token: klien mengirim header {challenge} acak, lalu Oriel menjawab {proof}, yaitu HMAC-SHA256 dari tantangan itu dengan identitas ini sebagai kunci. Program lain di port itu tidak bisa.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Kunci API akan dikirim tanpa enkripsi ke {destination}: siapa pun di jaringan di antaranya dapat membacanya. Gunakan alamat https:// jika server memilikinya. Tetap kirim?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Tidak ada gantungan kunci di komputer ini untuk menyimpan kunci API dengan aman.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Jalankan gantungan kunci desktop Anda (seperti GNOME Keyring atau KWallet) lalu coba lagi, simpan kunci dalam file yang hanya dapat dibaca oleh akun pengguna Anda (tidak terenkripsi), atau simpan hanya sampai Oriel ditutup.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Simpan dalam file (tidak terenkripsi)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Hanya sesi ini</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Selamat datang di Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel adalah asisten yang berjalan sepenuhnya di komputer ini. Percakapan dan gambar Anda tetap di sini: tidak ada akun, tidak ada telemetri, dan Oriel hanya memakai jaringan saat Anda mengunduh model.

Selanjutnya, pilih model. Model yang lebih besar menjawab lebih baik, tetapi butuh lebih banyak memori dan lebih lambat.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Pilih model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: unduhan {download}, butuh sekitar {ram} memori</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(disarankan untuk komputer ini)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(terpasang)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Impor folder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan unduhan</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Mulai mengobrol</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan unduhan</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Mengunduh…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Impor folder model</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Model sudah siap.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Gambar ukuran penuh</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Level mikrofon</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Token disimpan di gantungan kunci sistem.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Token disimpan dalam file yang hanya dapat dibaca oleh akun pengguna Anda, di {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} sudah dipakai program lain: pilih port lain.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Server tidak dapat dimulai: {reason}</translation>
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
        <translation>Obrolan baru</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cari obrolan</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Hentikan jawaban</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Ke kotak pesan</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Buat ulang jawaban terakhir</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Obrolan</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Alat</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Obrolan</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Daftar obrolan dan percakapan</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akselerator</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Konteks terpakai</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Hanya file di komputer ini yang dapat dilampirkan.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Menghubungkan ke {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Mesin tidak tersedia</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Mesin berhenti</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Memulai mesin…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Memuat Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Belum ada model yang dimuat</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Jarak jauh</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/dtk</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Konteks {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} belum terpasang. Unduh di Pengaturan.</translation>
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
        <translation>Versi berikutnya</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Salin pesan</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Edit pesan ini lalu kirim ulang</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Buat ulang</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Buat ulang jawaban ini</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Pesan Anda</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Penalaran</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Gambar {number} dari {total}, buka dalam ukuran penuh</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versi {version} dari {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Sedang berpikir…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Berpikir selama %Ln dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Penalaran</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Terputus: Oriel ditutup sebelum jawaban ini selesai.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Bicara alih-alih mengetik ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Hentikan rekaman dan transkripsikan ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Mentranskripsikan… klik untuk berhenti</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Dijeda. Bagian yang sudah diunduh tetap disimpan: mulai lagi untuk melanjutkan.</translation>
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
        <translation>Mesin jarak jauh</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Gunakan komputer ini</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Matikan mesin jarak jauh</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Tidak terhubung: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Menghubungkan ke {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Pesan dan gambar dikirim ke program lain di komputer ini ({destination}); semuanya tidak meninggalkan perangkat.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Pesan dan gambar meninggalkan komputer ini: semuanya dikirim ke {destination} melalui koneksi terenkripsi (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Pesan dan gambar meninggalkan komputer ini: semuanya dikirim ke {destination} tanpa enkripsi (HTTP biasa), sehingga orang lain di jaringan dapat membacanya.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Masukkan alamat server, diawali http:// atau https://, misalnya http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Obrolan</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Ukuran model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akselerator</translation>
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
        <translation>Perintah sistem</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token per gambar</translation>
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
        <translation>Penalti kemunculan</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Unduh model yang dipilih</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan unduhan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Pilih folder model</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Folder bawaan</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Berpikir sebelum menjawab (lebih lambat, sering lebih baik)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Kembalikan ke nilai saran</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Kembalikan pengambilan sampel ke nilai yang disarankan untuk model ini</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bagian pengaturan</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Otomatis (terbaik yang tersedia)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Tidak digunakan: mesin jarak jauh yang menjawab (lihat Koneksi).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Digunakan: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} dari {total} node berjalan di {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Belum ada model yang dimuat.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>terpasang</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Terpasang. Butuh sekitar {ram} memori.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Belum terpasang: unduhan {size}. Butuh sekitar {ram} memori.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Obrolan baru</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cari obrolan</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Ekspor sebagai Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Ekspor sebagai JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Hapus obrolan</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Hapus “{title}”? Tindakan ini tidak dapat dibatalkan.</translation>
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
        <translation>Ekspor obrolan</translation>
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
        <translation>Penalaran</translation>
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
        <translation>Model ucapan (input suara)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Unduh model ucapan yang dipilih</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Batalkan unduhan</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Impor folder…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Impor folder model ucapan</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Kemajuan unduhan</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: cepat (disarankan)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: lebih akurat, lebih lambat</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>terpasang</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Terpasang ({size}). Input suara akan memakainya setelah Anda menekan OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Terpasang ({size}). Input suara memakai model ini.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Belum ada model ucapan yang terpasang: input suara memerlukannya.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Belum terpasang.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Rekaman terlalu pendek untuk ditranskripsikan.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofon terputus. Mentranskripsikan bagian yang sudah terekam.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Rekaman berhenti setelah %n menit. Sekarang sedang ditranskripsikan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel tidak mendengar kata apa pun dalam rekaman.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Belum ada model ucapan yang terpasang. Unduh di Pengaturan: pada tab “Model”, di bagian “Model ucapan (input suara)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Rekaman tidak dapat ditranskripsikan: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Mikrofon tidak ditemukan. Sambungkan mikrofon, atau pilih sebagai perangkat masukan di pengaturan suara sistem.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel tidak dapat mendengar mikrofon. Mungkin mikrofon dibisukan, atau Oriel tidak diizinkan memakainya: periksa izin mikrofon di pengaturan privasi sistem.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofon terputus sebelum ada yang terekam.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Input suara memerlukan pustaka audio PortAudio, yang belum terpasang. Pasang dengan “{command}”, lalu mulai ulang Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Input suara tidak tersedia: pustaka audio (PortAudio) tidak ada.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofon tidak dapat dibuka ({reason}). Mungkin program lain sedang memakainya.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Belum ada model yang dimuat. Pilih salah satu di Pengaturan.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>File model tidak ditemukan. Unduh atau impor ulang model di Pengaturan.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>File model rusak. Unduh ulang model di Pengaturan.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Memori tidak cukup untuk model ini. Tutup program lain atau pilih model yang lebih kecil.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Percakapan lebih panjang daripada konteks model. Mulai obrolan baru atau naikkan panjang konteks di Pengaturan.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Akselerator yang dipilih tidak tersedia. Pilih “Otomatis” di Pengaturan.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Salah satu gambar tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Mesin berhenti tiba-tiba dan sedang dimulai ulang. Percakapan Anda aman.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Mesin tidak cocok dengan versi Oriel ini. Pasang ulang Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Tidak dapat menjangkau {host}: periksa koneksi, atau impor folder.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Server jarak jauh tidak dapat dijangkau. Periksa alamatnya dan pastikan server berjalan.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Server jarak jauh menolak kunci API. Periksa kunci di Pengaturan.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Server jarak jauh tidak memiliki model itu. Periksa nama model di Pengaturan.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Terjadi masalah pada mesin.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel tidak dapat membuka obrolan Anda: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>sekitar {words} kata/dtk, membaca gambar dalam {seconds} dtk</translation>
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
