<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ChatSession</name>
    <message>
        <source>Image</source>
        <translation>รูปภาพ</translation>
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
    <name>EngineClient</name>
    <message>
        <source>This copy of Oriel has no engine installed.</source>
        <translation>Oriel ชุดนี้ไม่มีเอนจินติดตั้งอยู่</translation>
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
        <source>In use: {provider} ({reason})</source>
        <translation>กำลังใช้: {provider} ({reason})</translation>
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
