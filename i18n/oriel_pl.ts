<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>Pominięto {name}: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Obraz {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Dysk jest pełny: w {folder} potrzeba {size}. Nie zapisano.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Zapytaj o cokolwiek albo upuść tu obraz, żeby o nim porozmawiać.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Wiadomość do Oriel (Enter wysyła, Shift+Enter zaczyna nowy wiersz)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Dołącz obrazy</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zatrzymaj odpowiedź</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Edytujesz wcześniejszą wiadomość. Po wysłaniu stara wersja zostanie zachowana.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Anuluj edycję</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Usuń obraz {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Obrazy ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Wiadomość może zawierać najwyżej %n obraz.</numerusform>
            <numerusform>Wiadomość może zawierać najwyżej %n obrazy.</numerusform>
            <numerusform>Wiadomość może zawierać najwyżej %n obrazów.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>„{names}” to nie obraz, który Oriel potrafi odczytać. Można dołączać obrazy PNG, JPEG, WebP, GIF i BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Wklejony obraz {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Zdalny silnik</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Odpowiadaj za pomocą serwera zamiast tego komputera</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Dowolny serwer zgodny z OpenAI (vLLM, SGLang, llama.cpp, Ollama). Twoje wiadomości i obrazy są do niego wysyłane, a okno informuje o tym, dopóki jest włączony.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nazwa modelu</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Puste: jedyny model serwera</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Zapomnij klucz</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokalny serwer API</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Udostępniaj wczytany model innym aplikacjom na tym komputerze</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopiuj adres</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopiuj token</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Tożsamość</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopiuj tożsamość</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Klucz jest przechowywany tylko w tej sesji.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Dla tego serwera zapisano klucz. Wpisz nowy, aby go zastąpić.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Zostaw klucz pusty, jeśli serwer go nie wymaga.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Brak połączenia: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Połączono z {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Klient może sprawdzić, że na tym porcie działa Oriel, zanim wyśle token: wysyła losowy nagłówek {challenge}, a Oriel odpowiada {proof}, czyli HMAC-SHA256 wyzwania z tą tożsamością jako kluczem. Inny program na porcie tego nie potrafi.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Klucz API zostałby wysłany bez szyfrowania do {destination}: każdy w sieci po drodze mógłby go odczytać. Użyj adresu https://, jeśli serwer go ma. Wysłać mimo to?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Na tym komputerze nie ma pęku kluczy, w którym można bezpiecznie przechowywać klucz API.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Uruchom pęk kluczy swojego pulpitu (na przykład GNOME Keyring lub KWallet) i spróbuj ponownie, zapisz klucz w pliku, który może odczytać tylko Twoje konto użytkownika (nie jest zaszyfrowany), albo zachowaj go tylko do zamknięcia Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Zapisz w pliku (bez szyfrowania)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Tylko ta sesja</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Witaj w Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel to asystent działający w całości na tym komputerze. Twoje rozmowy i obrazy zostają tutaj: nie ma konta ani telemetrii, a Oriel korzysta z sieci tylko wtedy, gdy pobierasz model.

Teraz wybierz model. Większe modele odpowiadają lepiej, ale potrzebują więcej pamięci i działają wolniej.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Wybierz model</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: do pobrania {download}, wymaga ok. {ram} pamięci</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(zalecany dla tego komputera)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(zainstalowany)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importuj folder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Zacznij rozmowę</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Postęp pobierania</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Pobieranie…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importuj folder modelu</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Model jest gotowy.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Obraz w pełnym rozmiarze</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Poziom mikrofonu</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Token jest przechowywany w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Token jest przechowywany w pliku, który może odczytać tylko Twoje konto użytkownika, w folderze {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} jest już używany przez inny program: wybierz inny port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Nie udało się uruchomić serwera: {reason}</translation>
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
        <translation>Nowy czat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Szukaj w czatach</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Zatrzymaj odpowiedź</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Przejdź do pola wiadomości</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Wygeneruj ponownie ostatnią odpowiedź</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Czat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Czaty</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Czaty i rozmowa</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerator</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Szybkość</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Wykorzystany kontekst</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Można dołączać tylko pliki z tego komputera.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Łączenie z {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Silnik niedostępny</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Silnik zatrzymany</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Uruchamianie silnika…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Wczytywanie Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Nie wczytano modelu</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Zdalny</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokenów/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontekst {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Model Qwen3.5 {size} nie jest zainstalowany. Pobierz go w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Poprzednia wersja</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Następna wersja</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopiuj wiadomość</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Edytuj tę wiadomość i wyślij ponownie</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Wygeneruj ponownie</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Wygeneruj ponownie tę odpowiedź</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Twoja wiadomość</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Rozumowanie</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Obraz {number} z {total}, otwórz w pełnym rozmiarze</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Wersja {version} z {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Myśli…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Rozumowanie: %Ln s</numerusform>
            <numerusform>Rozumowanie: %Ln s</numerusform>
            <numerusform>Rozumowanie: %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Rozumowanie</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Przerwano: Oriel został zamknięty przed ukończeniem tej odpowiedzi.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Mów zamiast pisać ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Zatrzymaj nagrywanie i przepisz ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Przepisywanie… kliknij, aby zatrzymać</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Wstrzymano. To, co już pobrano, zostaje: uruchom ponownie, aby wznowić.</translation>
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
        <translation>Zdalny silnik</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Użyj tego komputera</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Wyłącz zdalny silnik</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Brak połączenia: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Łączenie z {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Wiadomości i obrazy trafiają do innego programu na tym komputerze ({destination}); nie opuszczają urządzenia.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Wiadomości i obrazy opuszczają ten komputer: są wysyłane do {destination} przez połączenie szyfrowane (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Wiadomości i obrazy opuszczają ten komputer: są wysyłane do {destination} bez szyfrowania (zwykły HTTP), więc inni w sieci mogą je odczytać.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Wpisz adres serwera zaczynający się od http:// lub https://, na przykład http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Czat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Połączenia</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Rozmiar modelu</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Akcelerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Długość kontekstu (tokeny)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Folder modeli</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrukcja systemowa</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokeny na obraz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperatura</translation>
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
        <translation>Kara za powtórzenia</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Kara za obecność</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Pobierz wybrany model</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Postęp pobierania</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Wybierz folder modeli</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Folder domyślny</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Przemyśl przed odpowiedzią (wolniej, często lepiej)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Przywróć zalecane</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Przywróć zalecane dla tego modelu ustawienia próbkowania</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sekcje ustawień</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatycznie (najlepszy dostępny)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Nieużywany: odpowiada zdalny silnik (zobacz Połączenia).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>W użyciu: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} z {total} węzłów działa na {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Nie wczytano jeszcze żadnego modelu.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>zainstalowany</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Zainstalowany. Wymaga ok. {ram} pamięci.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Niezainstalowany: {size} do pobrania. Wymaga ok. {ram} pamięci.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nowy czat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Szukaj w czatach</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Eksportuj jako Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Eksportuj jako JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Usuń czat</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Usunąć „{title}”? Tej operacji nie można cofnąć.</translation>
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
        <translation>Eksportuj czat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Rozumowanie</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Nie udało się zapisać „{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Zapisano „{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Model mowy (wprowadzanie głosowe)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Pobierz wybrany model mowy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Anuluj pobieranie</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importuj folder…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importuj folder z modelem mowy</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Postęp pobierania</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: szybki (zalecany)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: dokładniejszy, wolniejszy</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>zainstalowany</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Zainstalowany ({size}). Wprowadzanie głosowe użyje go po naciśnięciu OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Zainstalowany ({size}). Wprowadzanie głosowe używa tego modelu.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Nie zainstalowano jeszcze modelu mowy: wprowadzanie głosowe go wymaga.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nie zainstalowano.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Nagranie było za krótkie, aby je przepisać.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofon został odłączony. Przepisywane jest to, co nagrano.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Nagrywanie kończy się po %n minucie. Nagranie jest teraz przepisywane.</numerusform>
            <numerusform>Nagrywanie kończy się po %n minutach. Nagranie jest teraz przepisywane.</numerusform>
            <numerusform>Nagrywanie kończy się po %n minutach. Nagranie jest teraz przepisywane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel nie usłyszał w nagraniu żadnych słów.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Nie zainstalowano modelu mowy. Pobierz go w Ustawieniach: na karcie „Model”, w sekcji „Model mowy (wprowadzanie głosowe)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Nie udało się przepisać nagrania: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Nie znaleziono mikrofonu. Podłącz go albo wybierz jako urządzenie wejściowe w ustawieniach dźwięku systemu.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel nie słyszy mikrofonu. Może być wyciszony albo Oriel nie ma pozwolenia na jego używanie: sprawdź uprawnienia mikrofonu w ustawieniach prywatności systemu.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofon został odłączony, zanim cokolwiek nagrano.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Wprowadzanie głosowe wymaga biblioteki dźwięku PortAudio, która nie jest zainstalowana. Zainstaluj ją poleceniem „{command}”, a potem uruchom ponownie Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Wprowadzanie głosowe jest niedostępne: brakuje biblioteki audio (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Nie udało się otworzyć mikrofonu ({reason}). Może używa go inny program.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Nie wczytano modelu. Wybierz model w Ustawieniach.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Nie znaleziono plików modelu. Pobierz lub zaimportuj model ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Pliki modelu są uszkodzone. Pobierz model ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Za mało pamięci dla tego modelu. Zamknij inne programy lub wybierz mniejszy model.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Rozmowa jest dłuższa niż kontekst modelu. Zacznij nowy czat albo zwiększ długość kontekstu w Ustawieniach.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Wybrany akcelerator jest niedostępny. Wybierz „Automatycznie” w Ustawieniach.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Nie udało się odczytać jednego z obrazów.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Silnik nieoczekiwanie się zatrzymał i uruchamia się ponownie. Twoja rozmowa jest bezpieczna.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Silnik nie pasuje do tej wersji Oriel. Zainstaluj Oriel ponownie.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Nie można połączyć się z {host}: sprawdź połączenie lub zaimportuj folder.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Nie można połączyć się ze zdalnym serwerem. Sprawdź jego adres i czy działa.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Zdalny serwer odrzucił klucz API. Sprawdź klucz w Ustawieniach.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Zdalny serwer nie ma tego modelu. Sprawdź nazwę modelu w Ustawieniach.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>W silniku coś poszło nie tak.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel nie może otworzyć Twoich czatów: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>około {words} słów/s, odczytuje obraz w {seconds} s</translation>
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
