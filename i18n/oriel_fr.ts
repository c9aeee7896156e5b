<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} a été laissé de côté : {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Image {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Le disque est plein : {size} nécessaires dans {folder}. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Posez n’importe quelle question, ou déposez une image ici pour en parler.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Écrire à Oriel (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Modification d’un message précédent. L’ancienne version sera conservée à l’envoi.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Retirer l’image {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Un message peut contenir jusqu’à %n image.</numerusform>
            <numerusform>Un message peut contenir jusqu’à %n images.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>« {names} » n’est pas une image qu’Oriel sait lire. Vous pouvez joindre des images PNG, JPEG, WebP, GIF ou BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Image collée {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Moteur distant</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Répondre avec un serveur au lieu de cet ordinateur</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Tout serveur compatible OpenAI (vLLM, SGLang, llama.cpp, Ollama). Vos messages et vos images lui sont envoyés, et la fenêtre l’indique tant qu’il est activé.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Vide : le seul modèle du serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Serveur d’API local</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Proposer le modèle chargé aux autres applications de cet ordinateur</translation>
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
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Copier l’identité</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>La clé est conservée pour cette session seulement.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Une clé est enregistrée pour ce serveur. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Laissez la clé vide si le serveur n’en demande pas.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Non connecté : {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Connecté à {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Un client peut vérifier que ce port est bien Oriel avant d’envoyer le jeton : il envoie un en-tête {challenge} aléatoire, et Oriel répond {proof}, le HMAC-SHA256 du défi avec cette identité pour clé. Un autre programme sur le port ne le peut pas.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>La clé d&apos;API serait envoyée sans chiffrement à {destination} : n&apos;importe qui sur le réseau entre les deux pourrait la lire. Utilisez une adresse https:// si le serveur en a une. L&apos;envoyer quand même ?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Il n’y a pas de trousseau sur cet ordinateur pour conserver la clé d’API en sécurité.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Démarrez le trousseau de votre bureau (par exemple GNOME Keyring ou KWallet) et réessayez, conservez la clé dans un fichier que seul votre compte utilisateur peut lire (il n’est pas chiffré), ou gardez-la seulement jusqu’à la fermeture d’Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Enregistrer dans un fichier (non chiffré)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Cette session seulement</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Bienvenue dans Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel est un assistant qui fonctionne entièrement sur cet ordinateur. Vos conversations et vos images restent ici : pas de compte, pas de télémétrie, et Oriel n’utilise le réseau que lorsque vous téléchargez un modèle.

Choisissez maintenant un modèle. Les plus grands répondent mieux, mais demandent plus de mémoire et sont plus lents.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size} : {download} à télécharger, environ {ram} de mémoire nécessaires</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(conseillé pour cet ordinateur)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installé)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Commencer à discuter</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importer le dossier d’un modèle</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Le modèle est prêt.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Image en taille réelle</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Le jeton est conservé dans un fichier que seul votre compte utilisateur peut lire, dans {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Le port {port} est déjà utilisé par un autre programme : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Le serveur n’a pas pu démarrer : {reason}</translation>
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
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les discussions</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Aller à la zone de saisie</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Discussions et conversation</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Contexte utilisé</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être joints.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Connexion à {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Moteur indisponible</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Moteur arrêté</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Démarrage du moteur…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Chargement de Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Distant</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} jetons/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Contexte {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} n’est pas installé. Téléchargez-le dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Modifier ce message et le renvoyer</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Régénérer cette réponse</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Image {number} sur {total}, ouvrir en taille réelle</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Version {version} sur {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>A réfléchi %Ln s</numerusform>
            <numerusform>A réfléchi %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Interrompue : Oriel a été fermé avant la fin de cette réponse.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Parler au lieu d’écrire ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Arrêter l’enregistrement et transcrire ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Transcription… cliquez pour arrêter</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>En pause. Ce qui a été téléchargé est conservé : relancez pour reprendre.</translation>
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
        <translation>Moteur distant</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Utiliser cet ordinateur</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Désactiver le moteur distant</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Non connecté : {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Connexion à {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Les messages et les images vont à un autre programme de cet ordinateur ({destination}) ; ils ne quittent pas la machine.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Les messages et les images quittent cet ordinateur : ils sont envoyés à {destination} par une connexion chiffrée (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Les messages et les images quittent cet ordinateur : ils sont envoyés à {destination} sans chiffrement (HTTP simple), et d’autres personnes sur le réseau peuvent donc les lire.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Saisissez l’adresse du serveur, commençant par http:// ou https://, par exemple http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Taille du modèle</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longueur du contexte (jetons)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instructions système</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Jetons par image</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Télécharger le modèle choisi</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Choisir le dossier des modèles</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Réfléchir avant de répondre (plus lent, souvent meilleur)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Valeurs recommandées</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Rétablir l’échantillonnage recommandé pour ce modèle</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatique (le meilleur disponible)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Processeur (CPU)</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Non utilisé : un moteur distant répond (voir Connexions).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Utilisé : {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} nœuds sur {total} s’exécutent sur {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Aucun modèle n’est encore chargé.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installé</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Installé. Nécessite environ {ram} de mémoire.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Non installé : {size} à télécharger. Nécessite environ {ram} de mémoire.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les discussions</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Supprimer « {title} » ? Cette action est irréversible.</translation>
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
        <translation>Exporter la discussion</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Impossible d’enregistrer « {path} » : {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>« {path} » enregistré.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Modèle vocal (saisie vocale)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Télécharger le modèle vocal sélectionné</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Importer un dossier de modèle vocal</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name} : rapide (recommandé)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name} : plus précis, plus lent</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installé</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Installé ({size}). La saisie vocale l’utilisera dès que vous cliquerez sur OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Installé ({size}). La saisie vocale utilise ce modèle.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Aucun modèle vocal n’est encore installé : la saisie vocale en a besoin.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Non installé.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>L’enregistrement est trop court pour être transcrit.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Le micro a été débranché. Transcription de ce qui a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Les enregistrements s’arrêtent après %n minute. Transcription en cours.</numerusform>
            <numerusform>Les enregistrements s’arrêtent après %n minutes. Transcription en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel n’a entendu aucun mot dans l’enregistrement.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Aucun modèle vocal n’est installé. Téléchargez-en un dans les paramètres : onglet « Modèle », rubrique « Modèle vocal (saisie vocale) ».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>L’enregistrement n’a pas pu être transcrit : {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Aucun micro n’a été trouvé. Branchez-en un, ou choisissez-le comme périphérique d’entrée dans les réglages son de votre système.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel n’entend pas le micro. Il est peut-être coupé, ou Oriel n’a pas le droit de l’utiliser : vérifiez l’autorisation du micro dans les réglages de confidentialité de votre système.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Le micro a été débranché avant tout enregistrement.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>La saisie vocale a besoin de la bibliothèque audio PortAudio, qui n’est pas installée. Installez-la avec « {command} », puis redémarrez Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>La saisie vocale n’est pas disponible : la bibliothèque audio (PortAudio) est absente.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Impossible d’ouvrir le micro ({reason}). Un autre programme l’utilise peut-être.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Aucun modèle n’est chargé. Choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Les fichiers du modèle sont introuvables. Téléchargez ou importez à nouveau le modèle dans les paramètres.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Les fichiers du modèle sont endommagés. Téléchargez à nouveau le modèle dans les paramètres.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>La mémoire est insuffisante pour ce modèle. Fermez d’autres programmes ou choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>La conversation dépasse le contexte du modèle. Commencez une nouvelle discussion ou augmentez la longueur du contexte dans les paramètres.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>L’accélérateur choisi n’est pas disponible. Choisissez « Automatique » dans les paramètres.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Une des images n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Le moteur s’est arrêté de façon inattendue et redémarre. Votre conversation est en sécurité.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Le moteur ne correspond pas à cette version d’Oriel. Réinstallez Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Impossible de joindre {host} : vérifiez la connexion, ou importez un dossier.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Le serveur distant est injoignable. Vérifiez son adresse et qu’il est bien en marche.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Le serveur distant a refusé la clé d’API. Vérifiez la clé dans les paramètres.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Le serveur distant n’a pas ce modèle. Vérifiez le nom du modèle dans les paramètres.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Une erreur s’est produite dans le moteur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel ne peut pas ouvrir vos discussions : {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>environ {words} mots/s, lit une image en {seconds} s</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size} Mo</translation>
    </message>
</context>
</TS>
