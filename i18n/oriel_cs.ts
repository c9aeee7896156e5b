<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} byl vynechán: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obrázek</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Obrázek {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Disk je plný: v {folder} je potřeba {size}. Nebylo to uloženo.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konverzace</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Zeptejte se na cokoli, nebo sem přetáhněte obrázek a promluvte si o něm.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Zpráva pro Oriel (Enter odešle, Shift+Enter zalomí řádek)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Přiložit obrázky</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Odeslat</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Odeslat zprávu</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zastavit</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zastavit odpověď</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Upravujete dřívější zprávu. Po odeslání zůstane stará verze zachována.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Zrušit úpravy</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Odebrat obrázek {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Obrázky ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Zpráva může obsahovat nejvýše %n obrázek.</numerusform>
            <numerusform>Zpráva může obsahovat nejvýše %n obrázky.</numerusform>
            <numerusform>Zpráva může obsahovat nejvýše %n obrázků.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>„{names}“ není obrázek, který Oriel umí přečíst. Můžete přiložit obrázky PNG, JPEG, WebP, GIF nebo BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Vložený obrázek {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Vzdálený engine</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Odpovídat pomocí serveru místo tohoto počítače</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Jakýkoli server kompatibilní s OpenAI (vLLM, SGLang, llama.cpp, Ollama). Vaše zprávy a obrázky se odesílají na něj a okno na to upozorňuje, dokud je zapnutý.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa serveru</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Název modelu</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Prázdné: jediný model serveru</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klíč API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Zapomenout klíč</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Místní server API</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Poskytovat načtený model dalším aplikacím na tomto počítači</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopírovat adresu</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopírovat token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identita</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopírovat identitu</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Klíč je uložen jen pro tuto relaci.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Pro tento server je uložen klíč. Zadáním nového ho nahradíte.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Pokud server klíč nepotřebuje, nechte pole prázdné.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nepřipojeno: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Připojeno k {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Klient si může před odesláním tokenu ověřit, že na tomto portu je Oriel: pošle náhodnou hlavičku {challenge} a Oriel odpoví {proof}, tedy HMAC-SHA256 výzvy s touto identitou jako klíčem. Jiný program na portu to nedokáže.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Klíč API by byl odeslán nešifrovaně na {destination}: kdokoli v síti po cestě by ho mohl přečíst. Pokud server adresu https:// má, použijte ji. Přesto odeslat?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Na tomto počítači není klíčenka, do které by šlo klíč API bezpečně uložit.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Spusťte klíčenku svého prostředí (například GNOME Keyring nebo KWallet) a zkuste to znovu, uložte klíč do souboru, který může číst jen váš uživatelský účet (není šifrovaný), nebo si ho ponechte jen do zavření Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Uložit do souboru (nešifrovaně)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Jen pro tuto relaci</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Vítejte v Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel je asistent, který běží celý na tomto počítači. Vaše konverzace a obrázky zůstávají tady: žádný účet, žádná telemetrie a Oriel používá síť jen tehdy, když stahujete model.

Teď si vyberte model. Větší modely odpovídají lépe, ale potřebují víc paměti a jsou pomalejší.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Vyberte model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: ke stažení {download}, potřebuje asi {ram} paměti</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(doporučeno pro tento počítač)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(nainstalováno)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importovat složku…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Pokračovat ve stahování</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Stáhnout</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Začít konverzaci</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Průběh stahování</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Stahování…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importovat složku s modelem</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importování…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Model je připravený.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Obrázek</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Obrázek v plné velikosti</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Úroveň mikrofonu</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Token je uložen v systémové klíčence.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Token je uložen v souboru, který může číst jen váš uživatelský účet, ve složce {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} už používá jiný program: zvolte jiný port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Server se nepodařilo spustit: {reason}</translation>
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
        <translation>Nový chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Hledat v chatech</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zastavit odpověď</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Přejít do pole zprávy</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Znovu vygenerovat poslední odpověď</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nastavení…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Nástroje</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chaty</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chaty a konverzace</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerátor</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Rychlost</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Využitý kontext</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Přiložit lze jen soubory z tohoto počítače.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Připojování k {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Engine není dostupný</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine je zastavený</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Spouštění enginu…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Načítání Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Není načten žádný model</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Vzdálený</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokenů/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontext {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} není nainstalován. Stáhněte ho v Nastavení.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Předchozí verze</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Další verze</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopírovat zprávu</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Upravit</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Upravit tuto zprávu a odeslat znovu</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Vygenerovat znovu</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Znovu vygenerovat tuto odpověď</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Vaše zpráva</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Odpověď</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Úvaha</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Obrázek {number} z {total}, otevřít v plné velikosti</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Verze {version} z {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Přemýšlí…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Úvaha: %Ln s</numerusform>
            <numerusform>Úvaha: %Ln s</numerusform>
            <numerusform>Úvaha: %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Úvaha</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zastaveno.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Přerušeno: Oriel se zavřel dřív, než byla odpověď hotová.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Mluvit místo psaní ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Zastavit nahrávání a přepsat ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Přepisování… kliknutím zastavíte</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Pozastaveno. Co už je stažené, zůstane: spusťte stahování znovu a bude pokračovat.</translation>
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
        <translation>Vzdálený engine</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Použít tento počítač</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Vypnout vzdálený engine</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nepřipojeno: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Připojování k {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Zprávy a obrázky jdou do jiného programu na tomto počítači ({destination}); neopouštějí zařízení.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Zprávy a obrázky opouštějí tento počítač: odesílají se na {destination} šifrovaným spojením (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Zprávy a obrázky opouštějí tento počítač: odesílají se na {destination} nešifrovaně (prosté HTTP), takže je mohou číst ostatní v síti.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Zadejte adresu serveru začínající http:// nebo https://, například http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
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
        <translation>Vzhled</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Připojení</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Velikost modelu</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerátor</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Délka kontextu (tokeny)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Složka modelů</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systémový pokyn</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokeny na obrázek</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Teplota</translation>
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
        <translation>Penalizace opakování</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalizace výskytu</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Stáhnout</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Stáhnout vybraný model</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Průběh stahování</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Vybrat složku modelů</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Výchozí složka</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Před odpovědí přemýšlet (pomalejší, často lepší)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Obnovit doporučené</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Obnovit vzorkování na doporučené hodnoty pro tento model</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Oddíly nastavení</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automaticky (nejlepší dostupný)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Nepoužívá se: odpovídá vzdálený engine (viz Připojení).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Používá se: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} z {total} uzlů běží na {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Zatím není načten žádný model.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Podle systému</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Světlý</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Tmavý</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>nainstalováno</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Nainstalováno. Potřebuje asi {ram} paměti.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Není nainstalováno: ke stažení {size}. Potřebuje asi {ram} paměti.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nový chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Hledat v chatech</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konverzace</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Přejmenovat</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Smazat…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportovat jako Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportovat jako JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Smazat chat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Smazat „{title}“? Tuto akci nelze vrátit.</translation>
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
        <translation>Exportovat chat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Úvaha</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>„{path}“ se nepodařilo uložit: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Uloženo „{path}“.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Model řeči (hlasový vstup)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Stáhnout</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Stáhnout vybraný model řeči</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Zrušit stahování</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importovat složku…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importovat složku s modelem řeči</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Průběh stahování</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: rychlý (doporučeno)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: přesnější, pomalejší</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>nainstalováno</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Nainstalováno ({size}). Hlasový vstup ho začne používat, jakmile stisknete OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Nainstalováno ({size}). Hlasový vstup používá tento model.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Zatím není nainstalován žádný model řeči: hlasový vstup nějaký potřebuje.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nenainstalováno.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Nahrávka byla na přepis příliš krátká.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofon byl odpojen. Přepisuje se to, co se nahrálo.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Nahrávání končí po %n minutě. Nahrávka se teď přepisuje.</numerusform>
            <numerusform>Nahrávání končí po %n minutách. Nahrávka se teď přepisuje.</numerusform>
            <numerusform>Nahrávání končí po %n minutách. Nahrávka se teď přepisuje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel v nahrávce neslyšel žádná slova.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Není nainstalován žádný model řeči. Stáhněte ho v Nastavení: na kartě „Model“ v části „Model řeči (hlasový vstup)“.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Nahrávku se nepodařilo přepsat: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Nebyl nalezen žádný mikrofon. Připojte ho, nebo ho vyberte jako vstupní zařízení v nastavení zvuku systému.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel mikrofon neslyší. Možná je ztlumený, nebo ho Oriel nesmí používat: zkontrolujte oprávnění mikrofonu v nastavení soukromí systému.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofon byl odpojen dřív, než se cokoli nahrálo.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Hlasový vstup potřebuje zvukovou knihovnu PortAudio, která není nainstalována. Nainstalujte ji příkazem „{command}“ a restartujte Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Hlasový vstup není dostupný: chybí zvuková knihovna (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofon se nepodařilo otevřít ({reason}). Možná ho používá jiný program.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Není načten žádný model. Vyberte ho v Nastavení.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Soubory modelu nebyly nalezeny. Stáhněte nebo importujte model znovu v Nastavení.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Soubory modelu jsou poškozené. Stáhněte model znovu v Nastavení.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Pro tento model není dost paměti. Zavřete jiné programy, nebo vyberte menší model.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Konverzace je delší než kontext modelu. Začněte nový chat, nebo v Nastavení zvyšte délku kontextu.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Zvolený akcelerátor není dostupný. V Nastavení zvolte „Automaticky“.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Jeden z obrázků se nepodařilo přečíst.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Engine se nečekaně zastavil a spouští se znovu. Vaše konverzace je v bezpečí.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Engine neodpovídá této verzi Oriel. Přeinstalujte Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Nelze se spojit s {host}: zkontrolujte připojení, nebo importujte složku.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Vzdálený server není dostupný. Zkontrolujte jeho adresu a zda běží.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Vzdálený server odmítl klíč API. Zkontrolujte klíč v Nastavení.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Vzdálený server tento model nemá. Zkontrolujte název modelu v Nastavení.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>V enginu se něco pokazilo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel nemůže otevřít vaše chaty: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>asi {words} slov/s, obrázek přečte za {seconds} s</translation>
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
