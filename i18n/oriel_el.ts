<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>Το {name} παραλείφθηκε: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Εικόνα</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Εικόνα {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Ο δίσκος είναι γεμάτος: χρειάζονται {size} στο {folder}. Δεν αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Συζήτηση</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Ρωτήστε οτιδήποτε ή αφήστε εδώ μια εικόνα για να μιλήσουμε γι’ αυτήν.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Μήνυμα στο Oriel (Enter για αποστολή, Shift+Enter για νέα γραμμή)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Επισύναψη εικόνων</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Αποστολή μηνύματος</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Διακοπή της απάντησης</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Επεξεργάζεστε ένα προηγούμενο μήνυμα. Με την αποστολή, η παλιά έκδοση διατηρείται.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Ακύρωση επεξεργασίας</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Αφαίρεση της εικόνας {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Εικόνες ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Ένα μήνυμα μπορεί να έχει έως %n εικόνα.</numerusform>
            <numerusform>Ένα μήνυμα μπορεί να έχει έως %n εικόνες.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>Το «{names}» δεν είναι εικόνα που μπορεί να διαβάσει το Oriel. Μπορείτε να επισυνάψετε εικόνες PNG, JPEG, WebP, GIF ή BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Επικολλημένη εικόνα {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Απομακρυσμένη μηχανή</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Απαντήσεις από διακομιστή αντί για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Οποιοσδήποτε διακομιστής συμβατός με OpenAI (vLLM, SGLang, llama.cpp, Ollama). Τα μηνύματα και οι εικόνες σας αποστέλλονται σε αυτόν, και το παράθυρο το δείχνει όσο είναι ενεργός.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Διεύθυνση διακομιστή</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Όνομα μοντέλου</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Κενό: το μοναδικό μοντέλο του διακομιστή</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Κλειδί API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Διαγραφή κλειδιού</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Τοπικός διακομιστής API</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Διάθεση του φορτωμένου μοντέλου σε άλλες εφαρμογές αυτού του υπολογιστή</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Θύρα</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Διακριτικό</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Αντιγραφή της διεύθυνσης</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Αντιγραφή του διακριτικού</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Ταυτότητα</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Αντιγραφή της ταυτότητας</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Το κλειδί φυλάσσεται μόνο για αυτήν την περίοδο λειτουργίας.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Υπάρχει αποθηκευμένο κλειδί για αυτόν τον διακομιστή. Πληκτρολογήστε νέο για να το αντικαταστήσετε.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Αφήστε το κλειδί κενό αν ο διακομιστής δεν χρειάζεται.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Χωρίς σύνδεση: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Συνδέθηκε με {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Ένας πελάτης μπορεί να ελέγξει ότι σε αυτή τη θύρα βρίσκεται το Oriel πριν στείλει το διακριτικό: στέλνει μια τυχαία κεφαλίδα {challenge} και το Oriel απαντά με {proof}, το HMAC-SHA256 της πρόκλησης με κλειδί αυτή την ταυτότητα. Άλλο πρόγραμμα στη θύρα δεν μπορεί.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Το κλειδί API θα σταλεί χωρίς κρυπτογράφηση στο {destination}: οποιοσδήποτε στο δίκτυο ενδιάμεσα θα μπορούσε να το διαβάσει. Χρησιμοποιήστε διεύθυνση https:// αν τη διαθέτει ο διακομιστής. Αποστολή παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Δεν υπάρχει κλειδοθήκη σε αυτόν τον υπολογιστή για να φυλάξει με ασφάλεια το κλειδί API.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Ξεκινήστε την κλειδοθήκη της επιφάνειας εργασίας σας (π.χ. GNOME Keyring ή KWallet) και δοκιμάστε ξανά, φυλάξτε το κλειδί σε αρχείο που μπορεί να διαβάσει μόνο ο λογαριασμός χρήστη σας (δεν είναι κρυπτογραφημένο) ή κρατήστε το μόνο μέχρι να κλείσει το Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Δοκιμή ξανά</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Αποθήκευση σε αρχείο (χωρίς κρυπτογράφηση)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Μόνο γι’ αυτήν την περίοδο λειτουργίας</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Καλώς ορίσατε στο Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Το Oriel είναι ένας βοηθός που λειτουργεί εξ ολοκλήρου σε αυτόν τον υπολογιστή. Οι συζητήσεις και οι εικόνες σας μένουν εδώ: δεν υπάρχει λογαριασμός ούτε τηλεμετρία, και το Oriel χρησιμοποιεί το δίκτυο μόνο όταν κατεβάζετε ένα μοντέλο.

Τώρα επιλέξτε μοντέλο. Τα μεγαλύτερα μοντέλα απαντούν καλύτερα, αλλά χρειάζονται περισσότερη μνήμη και είναι πιο αργά.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Επιλέξτε μοντέλο</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: λήψη {download}, χρειάζεται περίπου {ram} μνήμης</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(προτείνεται για αυτόν τον υπολογιστή)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(εγκατεστημένο)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Εισαγωγή φακέλου…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Συνέχιση</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Έναρξη συζήτησης</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Πρόοδος λήψης</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Λήψη…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Εισαγωγή φακέλου μοντέλου</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Το μοντέλο είναι έτοιμο.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Εικόνα</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Εικόνα σε πλήρες μέγεθος</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Στάθμη μικροφώνου</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Το διακριτικό φυλάσσεται στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Το διακριτικό φυλάσσεται σε αρχείο που μπορεί να διαβάσει μόνο ο λογαριασμός χρήστη σας, στο {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Η θύρα {port} χρησιμοποιείται ήδη από άλλο πρόγραμμα: επιλέξτε άλλη θύρα.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Ο διακομιστής δεν μπόρεσε να ξεκινήσει: {reason}</translation>
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
        <translation>Νέα συνομιλία</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Αναζήτηση συνομιλιών</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Διακοπή της απάντησης</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Μετάβαση στο πλαίσιο μηνύματος</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Νέα δημιουργία της τελευταίας απάντησης</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Συνομιλία</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Εργαλεία</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Συνομιλίες</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Συνομιλίες και συζήτηση</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Μοντέλο</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Επιταχυντής</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Ταχύτητα</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Χρησιμοποιούμενο πλαίσιο</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Μπορούν να επισυναφθούν μόνο αρχεία αυτού του υπολογιστή.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Σύνδεση με {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Η μηχανή δεν είναι διαθέσιμη</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Η μηχανή σταμάτησε</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Εκκίνηση της μηχανής…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Φόρτωση του Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Δεν έχει φορτωθεί μοντέλο</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Απομακρυσμένο</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/δ</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Πλαίσιο {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Το Qwen3.5 {size} δεν είναι εγκατεστημένο. Κατεβάστε το από τις Ρυθμίσεις.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Προηγούμενη έκδοση</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Επόμενη έκδοση</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Αντιγραφή μηνύματος</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Επεξεργασία</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Επεξεργασία και νέα αποστολή του μηνύματος</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Νέα δημιουργία</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Νέα δημιουργία αυτής της απάντησης</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Το μήνυμά σας</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Συλλογισμός</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Εικόνα {number} από {total}, άνοιγμα σε πλήρες μέγεθος</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Έκδοση {version} από {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Σκέφτεται…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Σκέφτηκε για %Ln δ</numerusform>
            <numerusform>Σκέφτηκε για %Ln δ</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Συλλογισμός</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Διακόπηκε.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Διακόπηκε: το Oriel έκλεισε πριν ολοκληρωθεί αυτή η απάντηση.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Μιλήστε αντί να πληκτρολογείτε ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Διακοπή ηχογράφησης και απομαγνητοφώνηση ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Απομαγνητοφώνηση… κάντε κλικ για διακοπή</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Σε παύση. Ό,τι έχει ήδη ληφθεί διατηρείται: ξεκινήστε ξανά για να συνεχίσετε.</translation>
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
        <translation>Απομακρυσμένη μηχανή</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Χρήση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Απενεργοποίηση της απομακρυσμένης μηχανής</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Χωρίς σύνδεση: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Σύνδεση με {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Τα μηνύματα και οι εικόνες πηγαίνουν σε άλλο πρόγραμμα αυτού του υπολογιστή ({destination}); δεν φεύγουν από τη συσκευή.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Τα μηνύματα και οι εικόνες φεύγουν από αυτόν τον υπολογιστή: αποστέλλονται στο {destination} μέσω κρυπτογραφημένης σύνδεσης (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Τα μηνύματα και οι εικόνες φεύγουν από αυτόν τον υπολογιστή: αποστέλλονται στο {destination} χωρίς κρυπτογράφηση (απλό HTTP), οπότε άλλοι στο δίκτυο μπορούν να τα διαβάσουν.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Εισαγάγετε τη διεύθυνση του διακομιστή, που ξεκινά με http:// ή https://, για παράδειγμα http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Μοντέλο</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Συνδέσεις</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Μέγεθος μοντέλου</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Επιταχυντής</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Μήκος πλαισίου (tokens)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Φάκελος μοντέλων</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Οδηγίες συστήματος</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokens ανά εικόνα</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Θερμοκρασία</translation>
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
        <translation>Ποινή επανάληψης</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Ποινή παρουσίας</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Λήψη του επιλεγμένου μοντέλου</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Πρόοδος λήψης</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Επιλογή φακέλου μοντέλων</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Προεπιλεγμένος φάκελος</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Σκέψη πριν από την απάντηση (πιο αργό, συχνά καλύτερο)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Επαναφορά προτεινόμενων</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Επαναφορά της δειγματοληψίας στις προτεινόμενες τιμές για αυτό το μοντέλο</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Ενότητες ρυθμίσεων</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Αυτόματα (το καλύτερο διαθέσιμο)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Εκτός χρήσης: απαντά απομακρυσμένη μηχανή (δείτε Συνδέσεις).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Σε χρήση: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} από {total} κόμβοι εκτελούνται σε {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Δεν έχει φορτωθεί ακόμη μοντέλο.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Φωτεινό</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Σκούρο</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>εγκατεστημένο</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Εγκατεστημένο. Χρειάζεται περίπου {ram} μνήμης.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Μη εγκατεστημένο: λήψη {size}. Χρειάζεται περίπου {ram} μνήμης.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Νέα συνομιλία</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Αναζήτηση συνομιλιών</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Συζητήσεις</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Μετονομασία</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Διαγραφή…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Εξαγωγή ως Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Εξαγωγή ως JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Διαγραφή συνομιλίας</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Διαγραφή του «{title}»; Η ενέργεια δεν αναιρείται.</translation>
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
        <translation>Εξαγωγή συνομιλίας</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Συλλογισμός</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Το «{path}» αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Μοντέλο ομιλίας (φωνητική εισαγωγή)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Λήψη του επιλεγμένου μοντέλου ομιλίας</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Ακύρωση της λήψης</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Εισαγωγή φακέλου…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Εισαγωγή φακέλου μοντέλου ομιλίας</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Πρόοδος λήψης</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: γρήγορο (προτείνεται)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: πιο ακριβές, πιο αργό</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>εγκατεστημένο</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Εγκατεστημένο ({size}). Η φωνητική εισαγωγή θα το χρησιμοποιεί μόλις πατήσετε OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Εγκατεστημένο ({size}). Η φωνητική εισαγωγή χρησιμοποιεί αυτό το μοντέλο.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Δεν έχει εγκατασταθεί ακόμη μοντέλο ομιλίας: η φωνητική εισαγωγή χρειάζεται ένα.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Δεν είναι εγκατεστημένο.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Η ηχογράφηση ήταν πολύ σύντομη για απομαγνητοφώνηση.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Το μικρόφωνο αποσυνδέθηκε. Απομαγνητοφωνείται ό,τι ηχογραφήθηκε.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Η ηχογράφηση σταματά μετά από %n λεπτό. Απομαγνητοφωνείται τώρα.</numerusform>
            <numerusform>Η ηχογράφηση σταματά μετά από %n λεπτά. Απομαγνητοφωνείται τώρα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Το Oriel δεν άκουσε καμία λέξη στην ηχογράφηση.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Δεν είναι εγκατεστημένο μοντέλο ομιλίας. Κατεβάστε ένα από τις Ρυθμίσεις: στην καρτέλα «Μοντέλο», στην ενότητα «Μοντέλο ομιλίας (φωνητική εισαγωγή)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Δεν ήταν δυνατή η απομαγνητοφώνηση της ηχογράφησης: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Δεν βρέθηκε μικρόφωνο. Συνδέστε ένα ή επιλέξτε το ως συσκευή εισόδου στις ρυθμίσεις ήχου του συστήματος.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Το Oriel δεν ακούει το μικρόφωνο. Ίσως είναι σε σίγαση ή το Oriel δεν έχει άδεια να το χρησιμοποιεί: ελέγξτε την άδεια μικροφώνου στις ρυθμίσεις απορρήτου του συστήματος.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Το μικρόφωνο αποσυνδέθηκε πριν ηχογραφηθεί οτιδήποτε.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Η φωνητική εισαγωγή χρειάζεται τη βιβλιοθήκη ήχου PortAudio, η οποία δεν είναι εγκατεστημένη. Εγκαταστήστε τη με «{command}» και επανεκκινήστε το Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Η φωνητική εισαγωγή δεν είναι διαθέσιμη: λείπει η βιβλιοθήκη ήχου (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του μικροφώνου ({reason}). Ίσως το χρησιμοποιεί άλλο πρόγραμμα.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Δεν έχει φορτωθεί μοντέλο. Επιλέξτε ένα από τις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Δεν βρέθηκαν τα αρχεία του μοντέλου. Κατεβάστε ή εισαγάγετε ξανά το μοντέλο από τις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Τα αρχεία του μοντέλου είναι κατεστραμμένα. Κατεβάστε ξανά το μοντέλο από τις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Δεν υπάρχει αρκετή μνήμη για αυτό το μοντέλο. Κλείστε άλλα προγράμματα ή επιλέξτε μικρότερο μοντέλο.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Η συζήτηση είναι μεγαλύτερη από το πλαίσιο του μοντέλου. Ξεκινήστε νέα συνομιλία ή αυξήστε το μήκος πλαισίου από τις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Ο επιλεγμένος επιταχυντής δεν είναι διαθέσιμος. Επιλέξτε «Αυτόματα» στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση μίας από τις εικόνες.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Η μηχανή σταμάτησε απροσδόκητα και επανεκκινείται. Η συζήτησή σας είναι ασφαλής.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Η μηχανή δεν ταιριάζει με αυτήν την έκδοση του Oriel. Εγκαταστήστε ξανά το Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Δεν ήταν δυνατή η σύνδεση με το {host}: ελέγξτε τη σύνδεση ή εισαγάγετε έναν φάκελο.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Ο απομακρυσμένος διακομιστής δεν είναι προσβάσιμος. Ελέγξτε τη διεύθυνσή του και ότι λειτουργεί.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Ο απομακρυσμένος διακομιστής απέρριψε το κλειδί API. Ελέγξτε το κλειδί στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Ο απομακρυσμένος διακομιστής δεν έχει αυτό το μοντέλο. Ελέγξτε το όνομα του μοντέλου στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Κάτι πήγε στραβά στη μηχανή.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Το Oriel δεν μπορεί να ανοίξει τις συνομιλίες σας: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>περίπου {words} λέξεις/δ, διαβάζει μια εικόνα σε {seconds} δ</translation>
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
