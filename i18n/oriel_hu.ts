<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} kimaradt: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Kép</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>{number}. kép</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>A lemez megtelt: {size} szükséges itt: {folder}. Nem sikerült menteni.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Beszélgetés</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Kérdezz bármit, vagy húzz ide egy képet, és beszéljünk róla.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Üzenet az Orielnek (Enter: küldés, Shift+Enter: új sor)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Üzenet</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Képek csatolása</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Üzenet küldése</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Leállítás</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Válasz leállítása</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Egy korábbi üzenetet szerkesztesz. Küldéskor a régi változat is megmarad.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Szerkesztés megszakítása</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>{name} kép eltávolítása</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Képek ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Egy üzenethez legfeljebb %n kép csatolható.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>A(z) „{names}” nem olyan kép, amelyet az Oriel be tud olvasni. PNG, JPEG, WebP, GIF vagy BMP képet csatolhatsz.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Beillesztett kép {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Távoli motor</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Egy kiszolgáló válaszoljon ezen számítógép helyett</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Bármely OpenAI-kompatibilis kiszolgáló (vLLM, SGLang, llama.cpp, Ollama). Az üzeneteid és képeid hozzá kerülnek, és az ablak ezt jelzi, amíg be van kapcsolva.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Kiszolgáló címe</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Modell neve</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Üres: a kiszolgáló egyetlen modellje</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-kulcs</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Kulcs elfelejtése</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Helyi API-kiszolgáló</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>A betöltött modell elérhetővé tétele a számítógép más alkalmazásai számára</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Cím másolása</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Token másolása</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Azonosító</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Azonosító másolása</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>A kulcs csak erre a munkamenetre van megőrizve.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Ehhez a kiszolgálóhoz mentett kulcs tartozik. Írj be újat a cseréjéhez.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Hagyd üresen a kulcsot, ha a kiszolgálónak nincs szüksége rá.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nincs kapcsolat: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Kapcsolódva ehhez: {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Egy kliens a token elküldése előtt ellenőrizheti, hogy ezen a porton az Oriel fut: véletlen {challenge} fejlécet küld, az Oriel pedig {proof} fejléccel válaszol, ami a kihívás HMAC-SHA256 értéke ezzel az azonosítóval mint kulccsal. Más program a porton erre nem képes.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Az API-kulcs titkosítás nélkül menne ide: {destination}; a köztes hálózaton bárki elolvashatná. Használjon https:// címet, ha a kiszolgálónak van ilyen. Mégis elküldi?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Ezen a számítógépen nincs kulcstartó, amely biztonságosan megőrizné az API-kulcsot.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Indítsd el az asztali környezeted kulcstartóját (például a GNOME Keyringet vagy a KWalletet), és próbáld újra, tárold a kulcsot egy olyan fájlban, amelyet csak a felhasználói fiókod olvashat (nincs titkosítva), vagy őrizd meg csak az Oriel bezárásáig.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Mentés fájlba (titkosítás nélkül)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Csak erre a munkamenetre</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Üdvözöl az Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Az Oriel egy asszisztens, amely teljes egészében ezen a számítógépen fut. A beszélgetéseid és képeid itt maradnak: nincs fiók, nincs telemetria, és az Oriel csak akkor használja a hálózatot, amikor modellt töltesz le.

Most válassz egy modellt. A nagyobb modellek jobban válaszolnak, de több memóriát igényelnek, és lassabbak.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tovább</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Válassz modellt</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: {download} letöltés, kb. {ram} memóriát igényel</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(ehhez a számítógéphez javasolt)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(telepítve)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Mappa importálása…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Folytatás</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Letöltés</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Csevegés indítása</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Letöltés állapota</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Letöltés…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Modellmappa importálása</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importálás…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>A modell elkészült.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Kép</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Teljes méretű kép</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonszint</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>A token a rendszer kulcstartójában van.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>A token egy olyan fájlban van, amelyet csak a felhasználói fiókod olvashat, itt: {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>A(z) {port} portot már egy másik program használja: válassz másik portot.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>A kiszolgáló nem tudott elindulni: {reason}</translation>
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
        <translation>Új csevegés</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Keresés a csevegésekben</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Válasz leállítása</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Ugrás az üzenetmezőre</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Az utolsó válasz újragenerálása</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Beállítások…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Csevegés</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Eszközök</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Csevegések</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Csevegések és beszélgetés</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Gyorsító</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Sebesség</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Felhasznált kontextus</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Csak ezen a számítógépen lévő fájlok csatolhatók.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Kapcsolódás ehhez: {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>A motor nem érhető el</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>A motor leállt</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>A motor indítása…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>A Qwen3.5 {size} betöltése…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nincs betöltött modell</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Távoli</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontextus: {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>A Qwen3.5 {size} nincs telepítve. Töltsd le a Beállításokban.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Te</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Előző változat</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Következő változat</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Másolás</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Üzenet másolása</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Szerkesztés</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Üzenet szerkesztése és újraküldése</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Újragenerálás</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>A válasz újragenerálása</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Az üzeneted</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Válasz</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Gondolatmenet</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>{number}. kép / {total}, megnyitás teljes méretben</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>{version}. változat / {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Gondolkodik…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln mp-ig gondolkodott</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Gondolatmenet</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Leállítva.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Megszakadt: az Oriel bezárult, mielőtt a válasz elkészült.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Beszéd gépelés helyett ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Felvétel leállítása és átírása ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Átírás… kattints a leállításhoz</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Szüneteltetve. A már letöltött rész megmarad: indítsd újra a folytatáshoz.</translation>
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
        <translation>Távoli motor</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Ez a számítógép válaszoljon</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>A távoli motor kikapcsolása</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nincs kapcsolat: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Kapcsolódás ehhez: {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Az üzenetek és a képek egy másik programhoz kerülnek ezen a számítógépen ({destination}); nem hagyják el a gépet.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Az üzenetek és a képek elhagyják ezt a számítógépet: titkosított kapcsolaton (HTTPS) keresztül kerülnek ide: {destination}.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Az üzenetek és a képek elhagyják ezt a számítógépet: titkosítás nélkül (sima HTTP) kerülnek ide: {destination}, így mások is elolvashatják őket a hálózaton.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Add meg a kiszolgáló címét http:// vagy https:// kezdettel, például http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Beállítások</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Csevegés</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Megjelenés</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Kapcsolatok</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellméret</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Gyorsító</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextus hossza (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellmappa</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Rendszerutasítás</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token képenként</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Téma</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Hőmérséklet</translation>
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
        <translation>Ismétlési büntetés</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Jelenléti büntetés</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Letöltés</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>A kiválasztott modell letöltése</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Letöltés állapota</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tallózás…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Modellmappa kiválasztása</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Alapértelmezett mappa</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Gondolkodás a válasz előtt (lassabb, gyakran jobb)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Ajánlott értékek</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>A mintavétel visszaállítása a modellhez ajánlott értékekre</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Beállítási részek</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatikus (a legjobb elérhető)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Nincs használatban: egy távoli motor válaszol (lásd: Kapcsolatok).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Használatban: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total} csomópontból {placed} fut ezen: {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Még nincs betöltött modell.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>A rendszer nyelve</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>A rendszer szerint</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Világos</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Sötét</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>telepítve</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Telepítve. Kb. {ram} memóriát igényel.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Nincs telepítve: {size} letöltés. Kb. {ram} memóriát igényel.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Új csevegés</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Keresés a csevegésekben</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Beszélgetések</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Átnevezés</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Törlés…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportálás Markdown formátumban…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportálás JSON formátumban…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Csevegés törlése</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Törlöd ezt: „{title}”? A művelet nem vonható vissza.</translation>
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
        <translation>Csevegés exportálása</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Te</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Gondolatmenet</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Nem sikerült menteni: „{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Mentve: „{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Beszédmodell (hangbevitel)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Letöltés</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>A kiválasztott beszédmodell letöltése</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>A letöltés megszakítása</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Mappa importálása…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Beszédmodell-mappa importálása</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Letöltés állapota</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: gyors (ajánlott)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: pontosabb, lassabb</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>telepítve</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Telepítve ({size}). A hangbevitel az OK megnyomása után ezt használja.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Telepítve ({size}). A hangbevitel ezt a modellt használja.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Még nincs telepítve beszédmodell: a hangbevitelhez szükség van egyre.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nincs telepítve.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>A felvétel túl rövid volt az átíráshoz.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>A mikrofon lecsatlakozott. A felvett rész átírása folyik.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>A felvétel %n perc után leáll. Most átírjuk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Az Oriel nem hallott szavakat a felvételen.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Nincs telepítve beszédmodell. Tölts le egyet a Beállításokban: a „Modell” lapon, a „Beszédmodell (hangbevitel)” részben.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>A felvételt nem sikerült átírni: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Nem található mikrofon. Csatlakoztass egyet, vagy válaszd ki bemeneti eszközként a rendszer hangbeállításaiban.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Az Oriel nem hallja a mikrofont. Lehet, hogy némítva van, vagy az Oriel nem használhatja: ellenőrizd a mikrofonengedélyt a rendszer adatvédelmi beállításaiban.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>A mikrofon lecsatlakozott, mielőtt bármi felvételre került volna.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>A hangbevitelhez a PortAudio hangkönyvtár kell, amely nincs telepítve. Telepítse ezzel: „{command}”, majd indítsa újra az Oriel-t.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>A hangbevitel nem érhető el: hiányzik a hangkönyvtár (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Nem sikerült megnyitni a mikrofont ({reason}). Lehet, hogy egy másik program használja.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Nincs betöltött modell. Válassz egyet a Beállításokban.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>A modell fájljai nem találhatók. Töltsd le vagy importáld újra a modellt a Beállításokban.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>A modell fájljai sérültek. Töltsd le újra a modellt a Beállításokban.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Nincs elég memória ehhez a modellhez. Zárj be más programokat, vagy válassz kisebb modellt.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>A beszélgetés hosszabb a modell kontextusánál. Kezdj új csevegést, vagy növeld a kontextus hosszát a Beállításokban.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>A választott gyorsító nem érhető el. Válaszd az „Automatikus” lehetőséget a Beállításokban.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Az egyik képet nem sikerült beolvasni.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>A motor váratlanul leállt, és most újraindul. A beszélgetésed biztonságban van.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>A motor nem illik az Oriel ezen verziójához. Telepítsd újra az Orielt.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>A(z) {host} nem érhető el: ellenőrizze a kapcsolatot, vagy importáljon egy mappát.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>A távoli kiszolgáló nem érhető el. Ellenőrizd a címét, és hogy fut-e.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>A távoli kiszolgáló elutasította az API-kulcsot. Ellenőrizd a kulcsot a Beállításokban.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>A távoli kiszolgálón nincs ilyen modell. Ellenőrizd a modell nevét a Beállításokban.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Hiba történt a motorban.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Az Oriel nem tudja megnyitni a csevegéseidet: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>kb. {words} szó/s, egy képet {seconds} s alatt olvas be</translation>
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
