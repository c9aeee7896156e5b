<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>ไม่ได้ใช้ {name}: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>รูปภาพ {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>ดิสก์เต็ม: ต้องการ {size} ที่ {folder} ไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>ถามอะไรก็ได้ หรือวางรูปภาพไว้ที่นี่เพื่อคุยเกี่ยวกับรูปนั้น</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>ส่งข้อความถึง Oriel (กด Enter เพื่อส่ง, Shift+Enter เพื่อขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>แนบรูปภาพ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>ส่งข้อความ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>หยุดคำตอบ</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>คุณกำลังแก้ไขข้อความก่อนหน้า เมื่อส่งแล้ว เวอร์ชันเดิมจะยังเก็บไว้</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>นำรูปภาพ {name} ออก</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>รูปภาพ ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>ข้อความหนึ่งแนบรูปภาพได้ไม่เกิน %n รูป</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” ไม่ใช่รูปภาพที่ Oriel อ่านได้ คุณแนบรูปภาพ PNG, JPEG, WebP, GIF หรือ BMP ได้</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>รูปภาพที่วาง {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>เอนจินระยะไกล</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>ตอบด้วยเซิร์ฟเวอร์แทนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>เซิร์ฟเวอร์ใดก็ได้ที่เข้ากันได้กับ OpenAI (vLLM, SGLang, llama.cpp, Ollama) ข้อความและรูปภาพของคุณจะถูกส่งไปยังเซิร์ฟเวอร์นั้น และหน้าต่างจะแจ้งไว้ตลอดเวลาที่เปิดใช้งาน</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>ชื่อโมเดล</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>ว่างไว้: ใช้โมเดลเดียวของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>ลืมคีย์</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>เซิร์ฟเวอร์ API ภายในเครื่อง</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>ให้แอปอื่นในคอมพิวเตอร์เครื่องนี้ใช้โมเดลที่โหลดไว้</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>โทเค็น</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>คัดลอกที่อยู่</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>คัดลอกโทเค็น</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>ข้อมูลระบุตัวตน</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>คัดลอกข้อมูลระบุตัวตน</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>คีย์จะเก็บไว้เฉพาะเซสชันนี้</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>มีคีย์ที่บันทึกไว้สำหรับเซิร์ฟเวอร์นี้ พิมพ์คีย์ใหม่เพื่อแทนที่</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>เว้นคีย์ว่างไว้หากเซิร์ฟเวอร์ไม่ต้องใช้</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>ไม่ได้เชื่อมต่อ: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>เชื่อมต่อกับ {destination} แล้ว</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>ไคลเอนต์ตรวจสอบได้ว่าพอร์ตนี้คือ Oriel ก่อนส่งโทเค็น: ไคลเอนต์ส่งส่วนหัว {challenge} แบบสุ่ม แล้ว Oriel ตอบด้วย {proof} ซึ่งเป็น HMAC-SHA256 ของคำท้าโดยใช้ข้อมูลระบุตัวตนนี้เป็นกุญแจ โปรแกรมอื่นบนพอร์ตทำเช่นนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>คีย์ API จะถูกส่งไปยัง {destination} โดยไม่เข้ารหัส ทุกคนในเครือข่ายระหว่างทางอ่านได้ ใช้ที่อยู่ https:// หากเซิร์ฟเวอร์มี ส่งต่อไปหรือไม่</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจสำหรับเก็บคีย์ API อย่างปลอดภัย</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>เปิดพวงกุญแจของเดสก์ท็อป (เช่น GNOME Keyring หรือ KWallet) แล้วลองอีกครั้ง เก็บคีย์ไว้ในไฟล์ที่มีเพียงบัญชีผู้ใช้ของคุณที่อ่านได้ (ไม่ได้เข้ารหัส) หรือเก็บไว้จนกว่าจะปิด Oriel เท่านั้น</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>บันทึกลงไฟล์ (ไม่เข้ารหัส)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>เฉพาะเซสชันนี้</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>ยินดีต้อนรับสู่ Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel คือผู้ช่วยที่ทำงานบนคอมพิวเตอร์เครื่องนี้ทั้งหมด บทสนทนาและรูปภาพของคุณจะอยู่ที่นี่เท่านั้น ไม่มีบัญชี ไม่มีการเก็บข้อมูลการใช้งาน และ Oriel จะใช้เครือข่ายเฉพาะตอนที่คุณดาวน์โหลดโมเดลเท่านั้น

ต่อไป เลือกโมเดล โมเดลที่ใหญ่กว่าจะตอบได้ดีกว่า แต่ต้องใช้หน่วยความจำมากกว่าและทำงานช้ากว่า</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>เลือกโมเดล</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: ดาวน์โหลด {download} ใช้หน่วยความจำประมาณ {ram}</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(แนะนำสำหรับคอมพิวเตอร์เครื่องนี้)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(ติดตั้งแล้ว)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>นำเข้าโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ดาวน์โหลดต่อ</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ดาวน์โหลด</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>เริ่มแชต</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ความคืบหน้าการดาวน์โหลด</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>กำลังดาวน์โหลด…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>นำเข้าโฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>โมเดลพร้อมใช้งานแล้ว</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>รูปภาพขนาดเต็ม</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>ระดับเสียงไมโครโฟน</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>โทเค็นเก็บอยู่ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>โทเค็นเก็บอยู่ในไฟล์ที่มีเพียงบัญชีผู้ใช้ของคุณที่อ่านได้ ใน {folder}</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>พอร์ต {port} ถูกโปรแกรมอื่นใช้อยู่แล้ว โปรดเลือกพอร์ตอื่น</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>เริ่มเซิร์ฟเวอร์ไม่ได้: {reason}</translation>
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
        <translation>แชตใหม่</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>ค้นหาแชต</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>หยุดคำตอบ</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>ไปที่ช่องพิมพ์ข้อความ</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>สร้างคำตอบล่าสุดใหม่</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>แชต(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ(&amp;T)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>แชต</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>รายการแชตและบทสนทนา</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>ตัวเร่งความเร็ว</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>ความเร็ว</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>บริบทที่ใช้ไป</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>แนบได้เฉพาะไฟล์ที่อยู่ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>กำลังเชื่อมต่อกับ {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>เอนจินใช้งานไม่ได้</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>เอนจินหยุดทำงาน</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>กำลังเริ่มเอนจิน…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>กำลังโหลด Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>ยังไม่ได้โหลดโมเดล</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>ระยะไกล</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} โทเค็น/วินาที</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>บริบท {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>ยังไม่ได้ติดตั้ง Qwen3.5 {size} ดาวน์โหลดได้ในการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>เวอร์ชันก่อนหน้า</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>เวอร์ชันถัดไป</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>คัดลอกข้อความ</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>แก้ไขข้อความนี้แล้วส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>สร้างคำตอบนี้ใหม่</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>ข้อความของคุณ</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>การคิด</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>รูปที่ {number} จาก {total} เปิดขนาดเต็ม</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>เวอร์ชัน {version} จาก {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>กำลังคิด…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>คิดอยู่ %Ln วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>กระบวนการคิด</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>ถูกขัดจังหวะ: Oriel ปิดไปก่อนที่คำตอบนี้จะเสร็จ</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>พูดแทนการพิมพ์ ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>หยุดบันทึกและถอดความ ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>กำลังถอดความ… คลิกเพื่อหยุด</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>หยุดชั่วคราว ส่วนที่ดาวน์โหลดแล้วจะถูกเก็บไว้ เริ่มอีกครั้งเพื่อดาวน์โหลดต่อ</translation>
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
        <translation>เอนจินระยะไกล</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>ใช้คอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>ปิดเอนจินระยะไกล</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>ไม่ได้เชื่อมต่อ: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>กำลังเชื่อมต่อกับ {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>ข้อความและรูปภาพจะส่งไปยังโปรแกรมอื่นในคอมพิวเตอร์เครื่องนี้ ({destination}) และไม่ออกไปนอกเครื่อง</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>ข้อความและรูปภาพจะออกจากคอมพิวเตอร์เครื่องนี้: ส่งไปยัง {destination} ผ่านการเชื่อมต่อที่เข้ารหัส (HTTPS)</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>ข้อความและรูปภาพจะออกจากคอมพิวเตอร์เครื่องนี้: ส่งไปยัง {destination} โดยไม่เข้ารหัส (HTTP ธรรมดา) คนอื่นในเครือข่ายจึงอ่านได้</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>ป้อนที่อยู่ของเซิร์ฟเวอร์ที่ขึ้นต้นด้วย http:// หรือ https:// เช่น http://127.0.0.1:8000/v1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>แชต</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>รูปลักษณ์</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>ขนาดโมเดล</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>ตัวเร่งความเร็ว</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>ความยาวบริบท (โทเค็น)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>โฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>คำสั่งระบบ</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>จำนวนโทเค็นต่อรูปภาพ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ธีม</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>อุณหภูมิ</translation>
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
        <translation>ค่าปรับการซ้ำ</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>ค่าปรับการปรากฏ</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ดาวน์โหลด</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>ดาวน์โหลดโมเดลที่เลือก</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ความคืบหน้าการดาวน์โหลด</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>เลือกโฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>โฟลเดอร์เริ่มต้น</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>คิดก่อนตอบ (ช้ากว่า แต่มักจะดีกว่า)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>คืนค่าที่แนะนำ</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>คืนค่าการสุ่มตัวอย่างเป็นค่าที่แนะนำสำหรับโมเดลนี้</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>หมวดการตั้งค่า</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>อัตโนมัติ (ตัวที่ดีที่สุดที่ใช้ได้)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>ไม่ได้ใช้: เอนจินระยะไกลเป็นผู้ตอบ (ดูที่การเชื่อมต่อ)</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>กำลังใช้: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} จาก {total} โหนดทำงานบน {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>ยังไม่ได้โหลดโมเดลใดๆ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>มืด</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>ติดตั้งแล้ว</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>ติดตั้งแล้ว ใช้หน่วยความจำประมาณ {ram}</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>ยังไม่ได้ติดตั้ง: ดาวน์โหลด {size} ใช้หน่วยความจำประมาณ {ram}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>แชตใหม่</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>ค้นหาแชต</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>ส่งออกเป็น Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>ส่งออกเป็น JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>ลบแชต</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>ลบ “{title}” หรือไม่ การลบนี้ย้อนกลับไม่ได้</translation>
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
        <translation>ส่งออกแชต</translation>
    </message>
    <message>
        <source>You</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>การคิด</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>บันทึก “{path}” ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>บันทึก “{path}” แล้ว</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>โมเดลเสียงพูด (การป้อนข้อมูลด้วยเสียง)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ดาวน์โหลด</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>ดาวน์โหลดโมเดลเสียงพูดที่เลือก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ยกเลิกการดาวน์โหลด</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>นำเข้าโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>นำเข้าโฟลเดอร์โมเดลเสียงพูด</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ความคืบหน้าการดาวน์โหลด</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: เร็ว (แนะนำ)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: แม่นยำกว่า แต่ช้ากว่า</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>ติดตั้งแล้ว</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>ติดตั้งแล้ว ({size}) การป้อนข้อมูลด้วยเสียงจะใช้โมเดลนี้เมื่อคุณกด OK</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>ติดตั้งแล้ว ({size}) การป้อนข้อมูลด้วยเสียงใช้โมเดลนี้</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>ยังไม่มีโมเดลเสียงพูดที่ติดตั้ง การป้อนข้อมูลด้วยเสียงต้องใช้โมเดลหนึ่ง</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>ยังไม่ได้ติดตั้ง</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>เสียงที่บันทึกสั้นเกินกว่าจะถอดความได้</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>ไมโครโฟนถูกถอดออก กำลังถอดความส่วนที่บันทึกไว้</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>การบันทึกจะหยุดหลังจาก %n นาที กำลังถอดความตอนนี้</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel ไม่ได้ยินคำพูดใดๆ ในเสียงที่บันทึก</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>ยังไม่ได้ติดตั้งโมเดลเสียงพูด ดาวน์โหลดได้ในการตั้งค่า: ที่แท็บ “โมเดล” ในส่วน “โมเดลเสียงพูด (การป้อนข้อมูลด้วยเสียง)”</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>ถอดความเสียงที่บันทึกไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>ไม่พบไมโครโฟน เสียบไมโครโฟน หรือเลือกเป็นอุปกรณ์รับเสียงในการตั้งค่าเสียงของระบบ</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel ไม่ได้ยินเสียงจากไมโครโฟน ไมโครโฟนอาจถูกปิดเสียงอยู่ หรือ Oriel อาจไม่ได้รับอนุญาตให้ใช้: ตรวจสอบสิทธิ์ไมโครโฟนในการตั้งค่าความเป็นส่วนตัวของระบบ</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>ไมโครโฟนถูกถอดออกก่อนที่จะบันทึกอะไรได้</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>การป้อนด้วยเสียงต้องใช้ไลบรารีเสียง PortAudio ซึ่งยังไม่ได้ติดตั้ง ติดตั้งด้วย “{command}” แล้วเริ่ม Oriel ใหม่</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>ใช้การป้อนข้อมูลด้วยเสียงไม่ได้: ไม่มีไลบรารีเสียง (PortAudio)</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>เปิดไมโครโฟนไม่ได้ ({reason}) อาจมีโปรแกรมอื่นใช้อยู่</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>ยังไม่ได้โหลดโมเดล เลือกโมเดลได้ในการตั้งค่า</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>ไม่พบไฟล์ของโมเดล ดาวน์โหลดหรือนำเข้าโมเดลอีกครั้งในการตั้งค่า</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>ไฟล์ของโมเดลเสียหาย ดาวน์โหลดโมเดลอีกครั้งในการตั้งค่า</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>หน่วยความจำไม่พอสำหรับโมเดลนี้ ปิดโปรแกรมอื่นหรือเลือกโมเดลที่เล็กกว่า</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>บทสนทนายาวเกินบริบทของโมเดล เริ่มแชตใหม่หรือเพิ่มความยาวบริบทในการตั้งค่า</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>ตัวเร่งความเร็วที่เลือกใช้งานไม่ได้ เลือก “อัตโนมัติ” ในการตั้งค่า</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>อ่านรูปภาพรูปหนึ่งไม่ได้</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>เอนจินหยุดทำงานโดยไม่คาดคิดและกำลังเริ่มใหม่ บทสนทนาของคุณปลอดภัย</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>เอนจินไม่ตรงกับ Oriel เวอร์ชันนี้ ติดตั้ง Oriel ใหม่</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>ติดต่อ {host} ไม่ได้: ตรวจสอบการเชื่อมต่อ หรือนำเข้าโฟลเดอร์</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ระยะไกลไม่ได้ ตรวจสอบที่อยู่และดูว่าเซิร์ฟเวอร์ทำงานอยู่</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>เซิร์ฟเวอร์ระยะไกลปฏิเสธคีย์ API ตรวจสอบคีย์ในการตั้งค่า</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>เซิร์ฟเวอร์ระยะไกลไม่มีโมเดลนั้น ตรวจสอบชื่อโมเดลในการตั้งค่า</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>เกิดข้อผิดพลาดในเอนจิน</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel เปิดแชตของคุณไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>ประมาณ {words} คำ/วินาที อ่านรูปภาพใน {seconds} วินาที</translation>
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
