<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} wurde weggelassen: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Der Datenträger ist voll: In {folder} werden {size} benötigt. Es wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Frag einfach los – oder zieh ein Bild hierher, um darüber zu sprechen.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht an Oriel (Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Du bearbeitest eine frühere Nachricht. Beim Senden bleibt die alte Fassung erhalten.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Bild {name} entfernen</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Eine Nachricht kann höchstens %n Bild enthalten.</numerusform>
            <numerusform>Eine Nachricht kann höchstens %n Bilder enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>„{names}“ ist kein Bild, das Oriel lesen kann. Du kannst PNG-, JPEG-, WebP-, GIF- oder BMP-Bilder anhängen.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Eingefügtes Bild {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Entfernte Engine</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Mit einem Server statt mit diesem Computer antworten</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Jeder OpenAI-kompatible Server (vLLM, SGLang, llama.cpp, Ollama). Deine Nachrichten und Bilder werden an ihn gesendet, und das Fenster zeigt das an, solange er eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Leer: das einzige Modell des Servers</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Lokaler API-Server</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Das geladene Modell anderen Apps auf diesem Computer bereitstellen</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Identität kopieren</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Für diesen Server ist ein Schlüssel gespeichert. Gib einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Lass den Schlüssel leer, wenn der Server keinen braucht.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nicht verbunden: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Verbunden mit {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Ein Client kann prüfen, dass an diesem Port Oriel lauscht, bevor er das Token sendet: Er schickt einen zufälligen {challenge}-Header, und Oriel antwortet mit {proof}, dem HMAC-SHA256 der Challenge mit dieser Identität als Schlüssel. Ein anderes Programm am Port kann das nicht.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Der API-Schlüssel würde unverschlüsselt an {destination} gesendet: Jeder im Netzwerk dazwischen könnte ihn mitlesen. Verwende eine https://-Adresse, wenn der Server eine hat. Trotzdem senden?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund, der den API-Schlüssel sicher aufbewahren kann.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Starte den Schlüsselbund deiner Arbeitsumgebung (etwa GNOME Keyring oder KWallet) und versuche es erneut, bewahre den Schlüssel in einer Datei auf, die nur dein Benutzerkonto lesen kann (sie ist nicht verschlüsselt), oder behalte ihn nur, bis Oriel geschlossen wird.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>In einer Datei speichern (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Willkommen bei Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel ist ein Assistent, der vollständig auf diesem Computer läuft. Deine Unterhaltungen und Bilder bleiben hier: Es gibt kein Konto und keine Telemetrie, und Oriel geht nur ins Netz, wenn du ein Modell herunterlädst.

Wähle als Nächstes ein Modell. Größere Modelle antworten besser, brauchen aber mehr Arbeitsspeicher und sind langsamer.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: {download} Download, braucht etwa {ram} Arbeitsspeicher</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(für diesen Computer empfohlen)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installiert)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Modellordner importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Das Modell ist bereit.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Bild in voller Größe</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Das Token wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Das Token wird in einer Datei aufbewahrt, die nur dein Benutzerkonto lesen kann, in {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Port {port} wird bereits von einem anderen Programm verwendet: Wähle einen anderen Port.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Der Server konnte nicht starten: {reason}</translation>
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
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Zum Eingabefeld</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Letzte Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chats und Unterhaltung</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Belegter Kontext</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Nur Dateien auf diesem Computer können angehängt werden.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Verbindung zu {destination} wird hergestellt…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Engine nicht verfügbar</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine angehalten</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Engine wird gestartet…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} wird geladen…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} Token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontext {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} ist nicht installiert. Du kannst es in den Einstellungen herunterladen.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Fassung</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Fassung</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Diese Antwort neu erzeugen</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Deine Nachricht</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Bild {number} von {total}, in voller Größe öffnen</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Fassung {version} von {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln s nachgedacht</numerusform>
            <numerusform>%Ln s nachgedacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Unterbrochen: Oriel wurde beendet, bevor diese Antwort fertig war.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Sprechen statt tippen ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Aufnahme beenden und transkribieren ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Wird transkribiert… Klicken zum Abbrechen</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Pausiert. Bereits Heruntergeladenes bleibt erhalten: Starte erneut, um fortzusetzen.</translation>
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
        <translation>Entfernte Engine</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Diesen Computer verwenden</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Entfernte Engine ausschalten</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Nicht verbunden: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Verbindung zu {destination} wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Nachrichten und Bilder gehen an ein anderes Programm auf diesem Computer ({destination}); sie verlassen das Gerät nicht.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Nachrichten und Bilder verlassen diesen Computer: Sie werden über eine verschlüsselte Verbindung (HTTPS) an {destination} gesendet.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Nachrichten und Bilder verlassen diesen Computer: Sie werden unverschlüsselt (einfaches HTTP) an {destination} gesendet, sodass andere im Netzwerk sie lesen können.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Gib die Adresse des Servers ein, beginnend mit http:// oder https://, zum Beispiel http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemanweisung</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token-Budget pro Bild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top p</source>
        <extracomment>nucleus sampling; usually kept as the technical term</extracomment>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top k</source>
        <extracomment>top-k sampling; usually kept as the technical term</extracomment>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Min p</source>
        <extracomment>min-p sampling; usually kept as the technical term</extracomment>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Ausgewähltes Modell herunterladen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Modellordner auswählen</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standardordner</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Vor dem Antworten nachdenken (langsamer, oft besser)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Auf Empfehlung zurücksetzen</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Sampling auf die für dieses Modell empfohlenen Werte zurücksetzen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatisch (das beste verfügbare)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Nicht in Verwendung: Eine entfernte Engine antwortet (siehe Verbindungen).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Verwendet: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} von {total} Knoten laufen auf {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Es ist noch kein Modell geladen.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installiert</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Installiert. Braucht etwa {ram} Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Nicht installiert: {size} zum Herunterladen. Braucht etwa {ram} Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>„{title}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
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
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Überlegungen</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>„{path}“ konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>„{path}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Sprachmodell (Spracheingabe)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Das ausgewählte Sprachmodell herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Einen Sprachmodell-Ordner importieren</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: schnell (empfohlen)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: genauer, langsamer</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installiert</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Installiert ({size}). Die Spracheingabe verwendet es, sobald du auf OK klickst.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Installiert ({size}). Die Spracheingabe verwendet dieses Modell.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Noch ist kein Sprachmodell installiert: Die Spracheingabe braucht eines.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nicht installiert.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Die Aufnahme war zu kurz zum Transkribieren.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Das Mikrofon wurde getrennt. Das bisher Aufgenommene wird transkribiert.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Eine Aufnahme endet nach %n Minute. Sie wird jetzt transkribiert.</numerusform>
            <numerusform>Eine Aufnahme endet nach %n Minuten. Sie wird jetzt transkribiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel hat in der Aufnahme keine Wörter erkannt.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Es ist kein Sprachmodell installiert. Lade eines in den Einstellungen herunter: auf der Registerkarte „Modell“ unter „Sprachmodell (Spracheingabe)“.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Die Aufnahme konnte nicht transkribiert werden: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließe eines an oder wähle es in den Toneinstellungen deines Systems als Eingabegerät.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel hört das Mikrofon nicht. Vielleicht ist es stummgeschaltet, oder Oriel darf es nicht verwenden: Prüfe die Mikrofonberechtigung in den Datenschutzeinstellungen deines Systems.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Das Mikrofon wurde getrennt, bevor etwas aufgenommen wurde.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Die Spracheingabe braucht die Audiobibliothek PortAudio, die nicht installiert ist. Installieren Sie sie mit „{command}“ und starten Sie Oriel neu.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Spracheingabe ist nicht verfügbar: Die Audiobibliothek (PortAudio) fehlt.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden ({reason}). Möglicherweise verwendet es ein anderes Programm.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Es ist kein Modell geladen. Wähle eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Die Modelldateien wurden nicht gefunden. Lade das Modell in den Einstellungen erneut herunter oder importiere es erneut.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Die Modelldateien sind beschädigt. Lade das Modell in den Einstellungen erneut herunter.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Für dieses Modell reicht der Arbeitsspeicher nicht. Schließe andere Programme oder wähle ein kleineres Modell.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Die Unterhaltung ist länger als der Kontext des Modells. Beginne einen neuen Chat oder erhöhe die Kontextlänge in den Einstellungen.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Der gewählte Beschleuniger ist nicht verfügbar. Wähle in den Einstellungen „Automatisch“.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Eines der Bilder konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Die Engine wurde unerwartet beendet und startet neu. Deine Unterhaltung ist sicher.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Die Engine passt nicht zu dieser Oriel-Version. Installiere Oriel neu.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host} ist nicht erreichbar: Prüfen Sie die Verbindung oder importieren Sie einen Ordner.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Der entfernte Server ist nicht erreichbar. Prüfe seine Adresse und ob er läuft.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Der entfernte Server hat den API-Schlüssel abgelehnt. Prüfe den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Der entfernte Server hat dieses Modell nicht. Prüfe den Modellnamen in den Einstellungen.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>In der Engine ist ein Fehler aufgetreten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel kann deine Chats nicht öffnen: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>etwa {words} Wörter/s, liest ein Bild in {seconds} s</translation>
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
