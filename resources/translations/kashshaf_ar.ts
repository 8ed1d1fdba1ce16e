<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="169"/>
        <source>About Kashshaf</source>
        <translation>عن كشّاف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="174"/>
        <source>An offline desktop browser for Arabic news corpora: Arabic-aware search, the people, organisations and places of every article, and excerpts with citations. It never opens a network connection.</source>
        <translation>متصفّح مكتبي لمدوّنات الأخبار العربية يعمل دون اتصال: بحث يفهم العربية، والأشخاص والمنظمات والأماكن في كل مقال، ومقتطفات بإحالاتها. لا يفتح أي اتصال بالشبكة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="184"/>
        <source>Application id: {id}</source>
        <translation>معرّف التطبيق: {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="190"/>
        <source>Third-party licences</source>
        <translation>رخص المكوّنات الخارجية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="196"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="196"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="196"/>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="228"/>
        <source>The licence texts are not installed (they belong in {path}).</source>
        <translation>نصوص الرخص غير مثبَّتة (مكانها {path}).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="252"/>
        <source>Kashshaf</source>
        <translation>كشّاف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="253"/>
        <source>Country and region names (Unicode CLDR)</source>
        <translation>أسماء البلدان والأقاليم (Unicode CLDR)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="254"/>
        <source>Entity model (trained on ANERcorp)</source>
        <translation>نموذج الكيانات (مدرَّب على ANERcorp)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="255"/>
        <source>Sample articles (the seeds corpus)</source>
        <translation>المقالات النموذجية (المدوّنة المرفقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="256"/>
        <source>Kashshaf&apos;s word lists, outlet table and icon</source>
        <translation>قوائم كشّاف وجدول مصادره وأيقونته</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="261"/>
        <source>research use</source>
        <translation>استخدام بحثي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="262"/>
        <source>their publishers&apos; copyright</source>
        <translation>حقوق ناشريها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="277"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="182"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>برنامج حرّ بموجب رخصة جنو العمومية العامة، الإصدار 3 أو ما بعده.</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="439"/>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="530"/>
        <source>Search a list</source>
        <translation>بحث بقائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="441"/>
        <source>Lists of queries (*.txt *.csv *.tsv);;Text, one query per line (*.txt);;CSV (*.csv);;All files (*)</source>
        <translation>قوائم استعلامات (*.txt *.csv *.tsv);;نص، استعلام في كل سطر (*.txt);;CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="463"/>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="467"/>
        <source>The clipboard holds no lines to search: copy a list, one query per line.</source>
        <translation>لا أسطر في الحافظة للبحث عنها: انسخ قائمة، استعلامًا في كل سطر.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="470"/>
        <source>the clipboard</source>
        <translation>الحافظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="493"/>
        <source>The list could not be searched: {reason}</source>
        <translation>تعذّر البحث بالقائمة: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="528"/>
        <source>Cannot read the list {file}: {reason}</source>
        <translation>تعذّرت قراءة القائمة {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="539"/>
        <source>The search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="564"/>
        <source>list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="565"/>
        <source>results</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="567"/>
        <source>Export the list&apos;s results</source>
        <translation>تصدير نتائج القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="575"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="577"/>
        <source>Written: {file}</source>
        <translation>كُتب الملف: {file}</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="218"/>
        <source>Search a list</source>
        <translation>بحث بقائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="227"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="255"/>
        <source>Show in the main window</source>
        <translation>عرض في النافذة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="257"/>
        <source>List the chosen query&apos;s documents in the main window (Enter)</source>
        <translation>اعرض وثائق الاستعلام المختار في النافذة الرئيسية (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="258"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="260"/>
        <source>Another list…</source>
        <translation>قائمة أخرى…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="261"/>
        <source>Paste a list</source>
        <translation>لصق قائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="262"/>
        <source>Search the lines on the clipboard, one query per line</source>
        <translation>ابحث بأسطر الحافظة، استعلامًا في كل سطر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="263"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="307"/>
        <source>A line of plain words is a name, searched as a phrase; a line in the query language is searched as written. Enter or a double click on a row lists its documents in the window.</source>
        <translation>السطر المكوّن من كلمات فقط اسمٌ يُبحث عنه عبارةً واحدة؛ والسطر المكتوب بلغة الاستعلام يُبحث عنه كما كُتب. Enter أو النقر المزدوج على صفّ يعرض وثائقه في النافذة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="311"/>
        <source>Search a list — {source}</source>
        <translation>بحث بقائمة — {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="315"/>
        <source>Searching {total} queries from {source}…</source>
        <translation>جارٍ البحث بالقائمة {source} (الاستعلامات: {total})…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="327"/>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="340"/>
        <source>Queries: {n}</source>
        <translation>الاستعلامات: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="341"/>
        <source>found: {n}</source>
        <translation>وُجدت نتائج: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="342"/>
        <source>nothing found: {n}</source>
        <translation>بلا نتائج: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="345"/>
        <source>cannot be read: {n}</source>
        <translation>تعذّرت قراءتها: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="347"/>
        <source>words as written (exact match)</source>
        <translation>الكلمات كما كُتبت (مطابقة تامة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="349"/>
        <source>List: {source}</source>
        <translation>القائمة: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="352"/>
        <source>Cancelled after {done} of {total} queries.</source>
        <translation>أُلغي البحث بعد {done} من {total} استعلامات القائمة.</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="87"/>
        <source>Query</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="88"/>
        <source>Occurrences</source>
        <translation>مرات الورود</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="89"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="90"/>
        <source>First date</source>
        <translation>أول تاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="91"/>
        <source>Last date</source>
        <translation>آخر تاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="92"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="147"/>
        <source>{date} (retrieved)</source>
        <translation>{date} (اطّلاع)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="156"/>
        <source>Did you mean: {query}?</source>
        <translation>هل تقصد: {query}؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="157"/>
        <source>{n} without a date</source>
        <translation>بلا تاريخ: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="171"/>
        <source>Line {line}: {text} (a name: searched as a phrase)</source>
        <translation>السطر {line}: {text} (اسم: بُحث عنه عبارةً واحدة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="174"/>
        <source>Line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="178"/>
        <source>Date of retrieval: the publication date of this document is not known.</source>
        <translation>تاريخ الاطّلاع: تاريخ نشر هذه الوثيقة غير معروف.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/batch.py" line="181"/>
        <source>Occurrences: how many times the query&apos;s words or phrases occur in its documents (a word with its forms, as the search matches it). Documents: how many documents it matches.</source>
        <translation>مرات الورود: كم مرة ترد كلمات الاستعلام أو عباراته في وثائقه (الكلمة بصيغها، كما يطابقها البحث). الوثائق: كم وثيقة يطابقها.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="21"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="22"/>
        <source>cannot open the folder ({reason})</source>
        <translation>تعذّر فتح المجلد ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="23"/>
        <source>folder already visited (a symbolic-link loop); skipped</source>
        <translation>مجلد زير من قبل (حلقة روابط رمزية)؛ تُخطّي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="26"/>
        <source>unsupported file type ({suffix})</source>
        <translation>نوع ملف غير مدعوم ({suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="27"/>
        <source>unsupported file type (no extension)</source>
        <translation>نوع ملف غير مدعوم (بلا امتداد)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="28"/>
        <source>a broken symbolic link (its target {target} does not exist)</source>
        <translation>رابط رمزي مكسور (هدفه {target} غير موجود)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="31"/>
        <source>not a regular file (a pipe, socket or device); skipped</source>
        <translation>ليس ملفًا عاديًا (أنبوب أو مقبس أو جهاز)؛ تُخطّي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="34"/>
        <source>file too large ({size} MB; the limit is {limit} MB; split it into articles, or import it as JSON or JSONL records)</source>
        <translation>الملف كبير جدًا ({size} م.ب؛ الحدّ {limit} م.ب؛ قسّمه إلى مقالات، أو استورده سجلاتٍ بصيغة JSON أو JSONL)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="39"/>
        <source>file too large ({size} MB; the limit is {limit} MB)</source>
        <translation>الملف كبير جدًا ({size} م.ب؛ الحدّ {limit} م.ب)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="40"/>
        <source>cannot read the file ({reason})</source>
        <translation>تعذّرت قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="41"/>
        <source>not a readable zip archive ({reason})</source>
        <translation>ليس أرشيف zip مقروءًا ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="42"/>
        <source>unsupported file type in archive ({suffix})</source>
        <translation>نوع ملف غير مدعوم داخل الأرشيف ({suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="45"/>
        <source>unsupported file type in archive (no extension)</source>
        <translation>نوع ملف غير مدعوم داخل الأرشيف (بلا امتداد)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="48"/>
        <source>file too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="49"/>
        <source>cannot extract from the archive ({reason})</source>
        <translation>تعذّر الاستخراج من الأرشيف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="50"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="51"/>
        <source>it starts with a {encoding} byte-order mark but is not valid {encoding} ({reason})</source>
        <translation>يبدأ بعلامة ترتيب البايتات لترميز {encoding} لكنه ليس {encoding} صالحًا ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="54"/>
        <source>it contains binary data (zero bytes), not text</source>
        <translation>يحوي بيانات ثنائية (بايتات صفرية)، لا نصًّا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="57"/>
        <source>it is not valid UTF-8 (byte 0x{byte} at position {position}) and does not read as Arabic in Windows-1256 or ISO-8859-6</source>
        <translation>ليس UTF-8 صالحًا (البايت 0x{byte} في الموضع {position}) ولا يُقرأ عربيةً بترميز Windows-1256 أو ISO-8859-6</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="62"/>
        <source>the file contains only white space</source>
        <translation>لا يحوي الملف إلا فراغات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="63"/>
        <source>it looks like a binary file (many control characters), not text</source>
        <translation>يبدو ملفًا ثنائيًا (محارف تحكّم كثيرة)، لا نصًّا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="66"/>
        <source>invalid JSON at line {line}, column {column}: {reason}</source>
        <translation>JSON غير صالح في السطر {line}، العمود {column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="69"/>
        <source>JSON of an unexpected shape ({kind}): expected an article object or a list of them, each with a text field such as &apos;content&apos; or &apos;text&apos;</source>
        <translation>JSON على غير الشكل المتوقّع ({kind}): المتوقّع كائن مقال أو قائمة منها، في كلٍّ منها حقل نصّ مثل &apos;content&apos; أو &apos;text&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="74"/>
        <source>invalid JSON on line {line}: {reason}</source>
        <translation>JSON غير صالح في السطر {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="75"/>
        <source>record is {kind}, not an object: expected an article object or a list of them, each with a text field such as &apos;content&apos; or &apos;text&apos;</source>
        <translation>السجلّ {kind} لا كائن: المتوقّع كائن مقال أو قائمة منها، في كلٍّ منها حقل نصّ مثل &apos;content&apos; أو &apos;text&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="80"/>
        <source>record has no text (empty or missing &apos;content&apos;/&apos;text&apos; field)</source>
        <translation>السجلّ بلا نصّ (حقل &apos;content&apos; أو &apos;text&apos; فارغ أو مفقود)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="83"/>
        <source>no article text: all it has is «{text}»</source>
        <translation>لا نصّ مقال فيه: كل ما فيه «{text}»</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="84"/>
        <source>could not be processed ({error})</source>
        <translation>تعذّرت معالجته ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="85"/>
        <source>entities could not be extracted ({error})</source>
        <translation>تعذّر استخراج الكيانات ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="86"/>
        <source>reading this file stopped the process reading it (out of memory?); skipped</source>
        <translation>أوقفت قراءةُ هذا الملف العمليةَ التي تقرؤه (نفدت الذاكرة؟)؛ تُخطّي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="89"/>
        <source>the folder is gone or not mounted; its documents are kept</source>
        <translation>المجلد غير موجود أو غير موصول؛ وقد حُفظت وثائقه</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="92"/>
        <source>the file ends in the middle of a character (cut short?); imported without it</source>
        <translation>ينتهي الملف في منتصف حرف (مبتور؟)؛ استورد دونه</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="95"/>
        <source>{count} control characters (not text) were removed; the rest was imported</source>
        <translation>أزيل {count} من محارف التحكّم (ليست نصًّا)؛ واستورد الباقي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="98"/>
        <source>the search index in {path} was unreadable; it was rebuilt</source>
        <translation>فهرس البحث في {path} لم يكن مقروءًا؛ فأعيد بناؤه</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="101"/>
        <source>the search index was built by an older version; it was rebuilt</source>
        <translation>بُني فهرس البحث بإصدار أقدم؛ فأعيد بناؤه</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="104"/>
        <source>the search index in {path} cannot be opened ({reason}); it was rebuilt from the store</source>
        <translation>تعذّر فتح فهرس البحث في {path} ({reason})؛ فأعيد بناؤه من المخزن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="107"/>
        <source>the corpus {path} is not locked by the process that started this job</source>
        <translation>المدوّنة {path} غير مقفلة للعملية التي بدأت هذه المهمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="110"/>
        <source>the corpus store {path} cannot be written (permission denied)</source>
        <translation>تتعذّر الكتابة في مخزن المدوّنة {path} (الإذن مرفوض)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="113"/>
        <source>the corpus folder {path} cannot be written ({reason})</source>
        <translation>تتعذّر الكتابة في مجلد المدوّنة {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="116"/>
        <source>cannot open the corpus store {path}: {reason}</source>
        <translation>تعذّر فتح مخزن المدوّنة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="117"/>
        <source>{path} exists already (choose another name, or allow overwriting)</source>
        <translation>{path} موجود من قبل (اختر اسمًا آخر، أو اسمح بالاستبدال)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="120"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: تتعذّر الكتابة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="121"/>
        <source>{path}: the format {format} cannot be written here (formats: docx, pdf, md, csv, json)</source>
        <translation>{path}: لا تُكتب الصيغة {format} هنا (الصيغ: docx، pdf، md، csv، json)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="124"/>
        <source>unknown curation operation {op} (known: {known})</source>
        <translation>عملية تنقيح غير معروفة {op} (المعروفة: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="127"/>
        <source>curation operation {op} needs {missing}</source>
        <translation>عملية التنقيح {op} تحتاج إلى {missing}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="128"/>
        <source>unknown entity type {type} (known: {known})</source>
        <translation>نوع كيان غير معروف {type} (المعروفة: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="131"/>
        <source>an entity cannot be merged into itself</source>
        <translation>لا يُدمج كيان في نفسه</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="132"/>
        <source>the {op} decision names a document or a mention that is not valid (doc: an id; start &lt; end: offsets)</source>
        <translation>قرار {op} يذكر وثيقة أو ذكرًا غير صالحين (doc: معرّف؛ start &lt; end: مواضع)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="136"/>
        <source>not a Kashshaf curation file (expected &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>ليس ملف تنقيح من كشّاف (المتوقّع &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="139"/>
        <source>the curation file has no &quot;operations&quot; list</source>
        <translation>ملف التنقيح بلا قائمة &quot;operations&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="140"/>
        <source>a {suffix} file is not text: save the list as CSV (UTF-8) or as text, one query per line</source>
        <translation>ملف {suffix} ليس نصًّا: احفظ القائمة بصيغة CSV ‏(UTF-8) أو نصًّا، استعلامًا في كل سطر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="144"/>
        <source>a folder, not a list: choose a .txt or .csv file</source>
        <translation>مجلّد لا قائمة: اختر ملف ‎.txt أو ‎.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="145"/>
        <source>not a readable CSV file ({reason})</source>
        <translation>ملف CSV غير مقروء ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="146"/>
        <source>no queries in the file (one per line; blank lines and lines starting with # are skipped)</source>
        <translation>لا استعلامات في الملف (استعلام في كل سطر؛ وتُتخطّى الأسطر الفارغة والأسطر التي تبدأ بـ #)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/messages.py" line="150"/>
        <source>{count} queries; a list may hold {limit} at most (split it)</source>
        <translation>عدد الاستعلامات {count}، والحد الأقصى للقائمة {limit} (قسّمها)</translation>
    </message>
</context>
<context>
    <name>CorpusController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="41"/>
        <source>Opening the corpus…</source>
        <translation>جارٍ فتح المدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="63"/>
        <source>Corpus: {name}</source>
        <translation>المدوّنة: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="88"/>
        <source>This corpus was made by an older Kashshaf: the dates and outlets of {n} documents were read again (publication and retrieval dates apart; outlets by name).</source>
        <translation>أُنشئت هذه المدوّنة بإصدار أقدم من كشّاف: أعيدت قراءة تواريخ {n} وثيقة ومصادرها (تاريخ النشر منفصل عن تاريخ الاطّلاع، والمصادر بأسمائها).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="96"/>
        <source>The people, organisations and places of {n} documents were found again with this version&apos;s extractor; your entity decisions still apply.</source>
        <translation>استُخرج الأشخاص والمنظمات والأماكن في {n} وثيقة من جديد بمستخرج هذا الإصدار؛ وقراراتك في الكيانات ما زالت سارية.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="103"/>
        <source>{n} documents were cleaned again with the new rules; their excerpts were re-anchored.</source>
        <translation>أعيد تنظيف {n} وثيقة بالقواعد الجديدة وأعيد ربط مقتطفاتها بنصوصها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="114"/>
        <source>The corpus cannot be opened</source>
        <translation>تعذّر فتح المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="117"/>
        <source>This corpus is open read-only, so it cannot be changed now: {reason}</source>
        <translation>هذه المدوّنة مفتوحة للقراءة فقط، فلا يمكن تعديلها الآن: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="128"/>
        <source>another Kashshaf has it open (process {pid}, since {since}). Close that one and open the corpus again.</source>
        <translation>تفتحها نسخة أخرى من كشّاف (العملية {pid}، منذ {since}). أغلق تلك النسخة ثم افتح المدوّنة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="133"/>
        <source>its folder cannot be written (a read-only folder or disk).</source>
        <translation>لا يمكن الكتابة في مجلدها (مجلد أو قرص للقراءة فقط).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="152"/>
        <source>default (bundled samples)</source>
        <translation>الافتراضية (العيّنات المرفقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="156"/>
        <source>Open corpus folder</source>
        <translation>فتح مجلد مدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="170"/>
        <source>A new, empty corpus in {folder}: import articles with File → Import files or Import folder.</source>
        <translation>مدوّنة جديدة فارغة في {folder}: استورد المقالات من ملف ← استيراد ملفات أو استيراد مجلد.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="177"/>
        <source>Not a corpus yet</source>
        <translation>ليست مدوّنة بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/corpus.py" line="178"/>
        <source>{folder} is not a Kashshaf corpus. Make a new corpus of the articles in it?</source>
        <translation>المجلد {folder} ليس مدوّنة لكشّاف. هل تريد إنشاء مدوّنة جديدة من المقالات التي فيه؟</translation>
    </message>
</context>
<context>
    <name>CurationController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="44"/>
        <source>entity change</source>
        <translation>تغيير كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="44"/>
        <source>Updating entities…</source>
        <translation>جارٍ تحديث الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="46"/>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="141"/>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="154"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="70"/>
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="70"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="72"/>
        <source>rename entity</source>
        <translation>إعادة تسمية كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="74"/>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="108"/>
        <source>change entity type</source>
        <translation>تغيير نوع كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="76"/>
        <source>split entity</source>
        <translation>فصل كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="78"/>
        <source>delete entity</source>
        <translation>حذف كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="84"/>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="112"/>
        <source>merge entities</source>
        <translation>دمج كيانين</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="93"/>
        <source>Merge entity</source>
        <translation>دمج الكيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="94"/>
        <source>Merge {name} into:</source>
        <translation>دمج {name} في:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="105"/>
        <source>not an entity here</source>
        <translation>ليس كيانًا هنا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="105"/>
        <source>not an entity in this document</source>
        <translation>ليس كيانًا في هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="119"/>
        <source>Select a name in the reader first.</source>
        <translation>حدّد اسمًا في القارئ أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="124"/>
        <source>Add entity</source>
        <translation>إضافة كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="124"/>
        <source>{text} is a:</source>
        <translation>«{text}» هو:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="127"/>
        <source>add entity</source>
        <translation>إضافة كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="133"/>
        <source>Export entity curation</source>
        <translation>تصدير تحرير الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="147"/>
        <source>Import entity curation</source>
        <translation>استيراد تحرير الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/curation.py" line="156"/>
        <source>import entity curation</source>
        <translation>استيراد تنقيح الكيانات</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="196"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="197"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="198"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="199"/>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="269"/>
        <location filename="../../desktop/kashshaf/ui/doclist_view.py" line="251"/>
        <source>{date} (retrieved)</source>
        <translation>{date} (اطّلاع)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="275"/>
        <source>No publication date is known for this article.</source>
        <translation>لا يُعرف تاريخ نشر لهذا المقال.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="277"/>
        <source>read from the article&apos;s text</source>
        <translation>مقروء من نصّ المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="278"/>
        <source>read from the byline</source>
        <translation>مقروء من سطر الكاتب</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="279"/>
        <source>read from the article&apos;s web address</source>
        <translation>مقروء من رابط المقال</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="280"/>
        <source>read from the page&apos;s metadata</source>
        <translation>مقروء من بيانات الصفحة الوصفية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="281"/>
        <source>read from the file&apos;s front matter</source>
        <translation>مقروء من رأس الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="284"/>
        <source>from the field «{field}»</source>
        <translation>من الحقل «{field}»</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="287"/>
        <source>Date of retrieval ({where}): when a crawler fetched the article. Its publication date is not known.</source>
        <translation>تاريخ الاطّلاع ({where}): حين جلب الزاحفُ المقال. تاريخ نشره غير معروف.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="289"/>
        <source>Publication date, {where}.</source>
        <translation>تاريخ النشر، {where}.</translation>
    </message>
</context>
<context>
    <name>EntityPane</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="296"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="297"/>
        <source>Change type</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="299"/>
        <source>Change type in this document only</source>
        <translation>تغيير النوع في هذه الوثيقة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="308"/>
        <source>Merge into another entity…</source>
        <translation>دمج في كيان آخر…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="311"/>
        <source>Merge into another entity in this document only…</source>
        <translation>دمج في كيان آخر في هذه الوثيقة فقط…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="313"/>
        <source>Split off a spelling</source>
        <translation>فصل كتابة مستقلة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="319"/>
        <source>Not an entity in this document</source>
        <translation>ليس كيانًا في هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="320"/>
        <source>Not an entity anywhere (delete)</source>
        <translation>ليس كيانًا في أي مكان (حذف)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="322"/>
        <source>Not an entity (delete everywhere)</source>
        <translation>ليس كيانًا (حذف في كل مكان)</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="351"/>
        <source>Filter entities…</source>
        <translation>تصفية الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="354"/>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="412"/>
        <source>No people, organisations or places are recorded for this document.</source>
        <translation>لا أشخاص ولا منظمات ولا أماكن مسجلة لهذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="358"/>
        <source>No entities in this corpus yet.

People, organisations and places mentioned in the documents are listed here once they have been extracted. Click one to list every document that mentions it.</source>
        <translation>لا كيانات في هذه المدوّنة بعد.

تظهر هنا الأشخاص والمنظمات والأماكن المذكورة في الوثائق بعد استخراجها. انقر على أحدها لعرض كل الوثائق التي تذكره.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="366"/>
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="367"/>
        <source>Corpus</source>
        <translation>المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="395"/>
        <source>Often with {name}:</source>
        <translation>يرد كثيرًا مع {name}:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="398"/>
        <source>{name} · {n} documents</source>
        <translation>{name} · في {n} وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="414"/>
        <source>Choose a document to see the people, organisations and places it mentions.</source>
        <translation>اختر وثيقة لترى الأشخاص والمنظمات والأماكن التي تذكرها.</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="135"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="136"/>
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="137"/>
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="138"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="190"/>
        <source>{kind} ({shown} of {total})</source>
        <translation>{kind} ({shown} من {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="196"/>
        <source>The number after each name is the number of documents that mention it.</source>
        <translation>العدد بعد كل اسم عدد الوثائق التي تذكره.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="198"/>
        <source>The number after each name is how often this document mentions it.</source>
        <translation>العدد بعد كل اسم عدد مرات ذكره في هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="202"/>
        <source>The {shown} in most documents are listed; type in the filter box to find any of them.</source>
        <translation>تُعرض الأسماء الـ{shown} الأكثر وثائق؛ اكتب في مربع التصفية لتجد أيًّا منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="213"/>
        <source>Also written: {names}</source>
        <translation>يُكتب أيضًا: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="215"/>
        <source>{mentions} mentions in {documents} documents</source>
        <translation>عدد الإشارات: {mentions} في {documents} وثيقة</translation>
    </message>
</context>
<context>
    <name>ExcerptListModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="76"/>
        <source> (re-anchored)</source>
        <translation> (أعيد ربطه بالنص)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="76"/>
        <source> (passage lost)</source>
        <translation> (ضاع المقطع من الوثيقة)</translation>
    </message>
</context>
<context>
    <name>ExcerptsController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="52"/>
        <source>Select a passage in the reader first (not in the raw text).</source>
        <translation>حدّد مقطعًا في القارئ أولًا (لا في النص الخام).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="54"/>
        <source>add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="61"/>
        <source>Excerpt added.</source>
        <translation>أُضيف المقتطف.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="122"/>
        <source>edit excerpt</source>
        <translation>تعديل مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="127"/>
        <source>delete excerpt</source>
        <translation>حذف مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="128"/>
        <source>Excerpt deleted (Ctrl+Z brings it back).</source>
        <translation>حُذف المقتطف (يعيده Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="139"/>
        <location filename="../../desktop/kashshaf/ui/excerpts_controller.py" line="145"/>
        <source>move excerpt</source>
        <translation>نقل مقتطف</translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="160"/>
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="162"/>
        <source>Chosen entity</source>
        <translation>الكيان المختار</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="165"/>
        <source>Filter excerpts…</source>
        <translation>تصفية المقتطفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="170"/>
        <source>Your note on this excerpt</source>
        <translation>ملاحظتك على هذا المقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="179"/>
        <source>Tags, comma-separated</source>
        <translation>وسوم، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="183"/>
        <source>Save note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="187"/>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="188"/>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="191"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="194"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="197"/>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="199"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="244"/>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="245"/>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="246"/>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="247"/>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="248"/>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="256"/>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="268"/>
        <source>Excerpts: {n}</source>
        <translation>المقتطفات: {n}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="56"/>
        <source>{file} exists. Replace it?</source>
        <translation>الملف {file} موجود. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="65"/>
        <source>excerpts</source>
        <translation>مقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="73"/>
        <source>Export excerpts</source>
        <translation>تصدير المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="77"/>
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="94"/>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="126"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="109"/>
        <source>Search first: the results of a search are exported.</source>
        <translation>ابحث أولًا: تُصدَّر نتائج البحث.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="111"/>
        <source>Export search results</source>
        <translation>تصدير نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="131"/>
        <source>Written: {file}</source>
        <translation>كُتب الملف: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/exports.py" line="135"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
</context>
<context>
    <name>FacetsDock</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="36"/>
        <source>Facets</source>
        <translation>التصنيفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="40"/>
        <source>Outlets</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="41"/>
        <source>Months</source>
        <translation>الأشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="42"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="43"/>
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="44"/>
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="53"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="106"/>
        <source>{share}% of the {total} documents</source>
        <translation>{share}% من {total} وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="125"/>
        <source>Unknown outlet</source>
        <translation>مصدر غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="125"/>
        <source>Documents of no known outlet</source>
        <translation>وثائق لا يُعرف مصدرها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="133"/>
        <source>Click to stop keeping the list to this outlet</source>
        <translation>انقر لإلغاء قصر القائمة على هذا المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="135"/>
        <source>Click to keep the list to this outlet</source>
        <translation>انقر لقصر القائمة على هذا المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="139"/>
        <source>Undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="139"/>
        <source>Documents with no date at all</source>
        <translation>وثائق ليس لها أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="147"/>
        <source>Click to keep the list to this month</source>
        <translation>انقر لقصر القائمة على هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="152"/>
        <source>Mention at least one</source>
        <translation>تذكر واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="155"/>
        <source>Documents of the list that mention at least one of them</source>
        <translation>وثائق القائمة التي تذكر واحدًا منها على الأقل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/facets.py" line="159"/>
        <source>Click to list what mentions it</source>
        <translation>انقر لعرض الوثائق التي تذكره</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="43"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="45"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="53"/>
        <source>Clear filters</source>
        <translation>إلغاء التصفية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="159"/>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="189"/>
        <source>All outlets</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="172"/>
        <source>{n} more: type source:NAME in the search bar</source>
        <translation>{n} أخرى: اكتب مصدر:الاسم في شريط البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="176"/>
        <source>Rename outlets…</source>
        <translation>إعادة تسمية المصادر…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="195"/>
        <source>{n} outlets</source>
        <translation>{n} مصادر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="196"/>
        <source>Keep the list to some outlets</source>
        <translation>اقصر القائمة على بعض المصادر</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="121"/>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="292"/>
        <source>Search bar</source>
        <translation>شريط البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="293"/>
        <source>Reader</source>
        <translation>القارئ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="295"/>
        <source>Search now (and remember the search)</source>
        <translation>ابحث الآن (واحفظ البحث في السجلّ)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="296"/>
        <source>Earlier and later searches</source>
        <translation>عمليات البحث السابقة واللاحقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="299"/>
        <source>Select text with the keyboard (turns caret browsing on)</source>
        <translation>تحديد النص بلوحة المفاتيح (يشغّل التصفّح بالمؤشر)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="302"/>
        <source>Select to the start or end of the line</source>
        <translation>التحديد إلى بداية السطر أو نهايته</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="30"/>
        <source>Importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="32"/>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="45"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="46"/>
        <source>Continue in background</source>
        <translation>المتابعة في الخلفية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="47"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="70"/>
        <source>Cancelling… documents already read are kept.</source>
        <translation>جارٍ الإلغاء… الوثائق المقروءة حتى الآن محفوظة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="76"/>
        <source>Reading files: {done} of {total}</source>
        <translation>قراءة الملفات: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="81"/>
        <source>Indexing documents: {done} of {total}</source>
        <translation>فهرسة الوثائق: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="115"/>
        <source>Imported: {imported} documents. Duplicates skipped: {duplicates}. Not imported: {problems}.</source>
        <translation>استورد: {imported} وثيقة. مكرّرات تُخطّيت: {duplicates}. لم يُستورد: {problems}.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="122"/>
        <source>Files unchanged since the last import (not read again): {n}.</source>
        <translation>ملفات لم تتغيّر منذ آخر استيراد (لم تُقرأ ثانيةً): {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="126"/>
        <source>Documents removed because their files are gone: {n}.</source>
        <translation>وثائق أزيلت لأن ملفاتها حُذفت: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="139"/>
        <source>Not imported (a file, or a record of a collection, and why):</source>
        <translation>لم يُستورد (ملف، أو سجلّ من مجموعة، والسبب):</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="78"/>
        <source>Problems so far: {n}</source>
        <translation>المشكلات حتى الآن: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="94"/>
        <source>{n} documents read</source>
        <translation>قُرئت {n} وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="96"/>
        <source>{rate} documents a second</source>
        <translation>{rate} وثيقة في الثانية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="103"/>
        <source>less than a minute left</source>
        <translation>بقي أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="105"/>
        <source>about {minutes} min left</source>
        <translation>بقي نحو {minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="106"/>
        <source>about {hours} h {minutes} min left</source>
        <translation>بقي نحو {hours} ساعة و{minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="130"/>
        <source>Import cancelled; importing the same files again resumes.</source>
        <translation>أُلغي الاستيراد؛ استيراد الملفات نفسها مجددًا يستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="137"/>
        <source>Imported, but check these files:</source>
        <translation>استُوردت، لكن راجع هذه الملفات:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="141"/>
        <source>Imported, with warnings:</source>
        <translation>استُوردت، مع تنبيهات:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="157"/>
        <source>The import stopped: {reason}</source>
        <translation>توقف الاستيراد: {reason}</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="72"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="72"/>
        <source>Articles (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="78"/>
        <source>Import folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="89"/>
        <source>Rescan</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="89"/>
        <source>No folder has been imported into this corpus yet.</source>
        <translation>لم يُستورد أي مجلد إلى هذه المدوّنة بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="100"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="100"/>
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="108"/>
        <source>Rescanning corpus folders</source>
        <translation>إعادة فحص مجلدات المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="120"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="126"/>
        <source>Indexing the documents already read…</source>
        <translation>جارٍ فهرسة الوثائق المقروءة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="130"/>
        <source>Rebuilding the search index…</source>
        <translation>جارٍ إعادة بناء فهرس البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="152"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/jobs.py" line="152"/>
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
</context>
<context>
    <name>KeywordsDock</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="60"/>
        <source>Keywords</source>
        <translation>الكلمات المميِّزة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="76"/>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="76"/>
        <source>Documents here</source>
        <translation>وثائق النتائج</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="76"/>
        <source>In the corpus</source>
        <translation>في المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="76"/>
        <source>Keyness (G²)</source>
        <translation>درجة التميّز (G²)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="79"/>
        <source>Documents of the results that have the word</source>
        <translation>وثائق النتائج التي ترد فيها الكلمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="80"/>
        <source>Documents of the whole corpus that have it</source>
        <translation>وثائق المدوّنة كلها التي ترد فيها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="83"/>
        <source>Log-likelihood: how much more often the results have the word than the rest of the corpus</source>
        <translation>نسبة الأرجحية اللوغاريتمية: بأي قدر يفوق ورود الكلمة في النتائج ورودَها في بقية المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="118"/>
        <source>These are all the corpus&apos; documents: search, or choose an entity or a filter.</source>
        <translation>هذه وثائق المدوّنة كلها: ابحث، أو اختر كيانًا أو تصفية.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="121"/>
        <source>No word stands out in these documents.</source>
        <translation>لا كلمة تميّز هذه الوثائق.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="134"/>
        <source>Click to add «{word}» to the search</source>
        <translation>انقر لإضافة «{word}» إلى البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="139"/>
        <source>Words of these {documents} documents against the rest of the corpus ({corpus}), read from {read} of them.</source>
        <translation>كلمات هذه الوثائق ({documents}) مقارنةً ببقية المدوّنة ({corpus})، مقروءة من عيّنة من {read} وثيقة منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="143"/>
        <source>Words of these {documents} documents against the rest of the corpus ({corpus}).</source>
        <translation>كلمات هذه الوثائق ({documents}) مقارنةً ببقية المدوّنة ({corpus}).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/keywords.py" line="146"/>
        <source>Click a word to add it to the search.</source>
        <translation>انقر كلمة لإضافتها إلى البحث.</translation>
    </message>
</context>
<context>
    <name>KwicDock</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="87"/>
        <source>Concordance</source>
        <translation>السياقات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="95"/>
        <source>Before</source>
        <translation>ما قبلها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="96"/>
        <source>Keyword</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="97"/>
        <source>After</source>
        <translation>ما بعدها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="98"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="99"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="106"/>
        <source>As found</source>
        <translation>بترتيب الورود</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="107"/>
        <source>1st word before</source>
        <translation>الكلمة السابقة الأولى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="108"/>
        <source>2nd word before</source>
        <translation>الكلمة السابقة الثانية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="109"/>
        <source>3rd word before</source>
        <translation>الكلمة السابقة الثالثة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="110"/>
        <source>1st word after</source>
        <translation>الكلمة التالية الأولى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="111"/>
        <source>2nd word after</source>
        <translation>الكلمة التالية الثانية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="112"/>
        <source>3rd word after</source>
        <translation>الكلمة التالية الثالثة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="113"/>
        <source>Date, newest first</source>
        <translation>التاريخ، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="120"/>
        <source>Only lines whose context has this word…</source>
        <translation>الأسطر التي يرد في سياقها هذا اللفظ فقط…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="129"/>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="452"/>
        <source>Keep as excerpt</source>
        <translation>احفظ مقتطفًا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="130"/>
        <source>Keep the chosen lines as excerpts, with their citation</source>
        <translation>احفظ الأسطر المختارة مقتطفاتٍ مع إحالاتها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="132"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="136"/>
        <source>Sort:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="193"/>
        <source>Type a query or choose an entity: its occurrences are listed here.</source>
        <translation>اكتب عبارة بحث أو اختر كيانًا لتُعرض مواضع ورودها هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="265"/>
        <source>The concordance changed (a new query) before its lines were read: nothing was written; try again.</source>
        <translation>تغيّرت السياقات (بحث جديد) قبل قراءة أسطرها: لم يُكتب شيء؛ أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="311"/>
        <source>{n} lines so far…</source>
        <translation>{n} سطرًا حتى الآن…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="313"/>
        <source>{n} lines so far ({read} of {docs} documents read)…</source>
        <translation>{n} سطرًا حتى الآن (قُرئت {read} من {docs} وثيقة)…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="319"/>
        <source>{n} lines in {docs} of the {all} documents (words of a title are not lines)</source>
        <translation>{n} سطرًا في {docs} من {all} وثيقة (كلمات العنوان ليست أسطرًا)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="323"/>
        <source>{n} lines in {docs} documents</source>
        <translation>{n} سطرًا في {docs} وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="325"/>
        <source>(the first {n} only)</source>
        <translation>(أول {n} فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="327"/>
        <source>{shown} of {text}</source>
        <translation>{shown} من {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="364"/>
        <source>Choose a line of the concordance first.</source>
        <translation>اختر سطرًا من السياقات أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="375"/>
        <source>add {n} excerpts</source>
        <translation>إضافة {n} مقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="377"/>
        <source>add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="382"/>
        <source>Kept {n} lines as excerpts.</source>
        <translation>حُفظ {n} من الأسطر مقتطفاتٍ.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="390"/>
        <source>{n} lines are too many to keep one by one; filter them first (at most {limit}).</source>
        <translation>{n} سطرًا أكثر من أن تُحفظ واحدًا واحدًا؛ صفِّها أولًا (بحد أقصى {limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="404"/>
        <source>No lines to export.</source>
        <translation>لا أسطر للتصدير.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="407"/>
        <source>concordance</source>
        <translation>سياقات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="408"/>
        <source>Export the concordance</source>
        <translation>تصدير السياقات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="416"/>
        <source>document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="417"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="418"/>
        <source>date kind</source>
        <translation>نوع التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="419"/>
        <source>outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="420"/>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="421"/>
        <source>before</source>
        <translation>ما قبلها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="422"/>
        <source>keyword</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="423"/>
        <source>after</source>
        <translation>ما بعدها</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="424"/>
        <source>start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="425"/>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="437"/>
        <source>{n} lines written to {path}</source>
        <translation>كُتب {n} سطرًا في {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="451"/>
        <source>Open in the reader</source>
        <translation>افتح في القارئ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="453"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="455"/>
        <source>Add all lines to excerpts</source>
        <translation>أضف كل الأسطر إلى المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/kwic.py" line="456"/>
        <source>Export to CSV…</source>
        <translation>تصدير إلى CSV…</translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="107"/>
        <source>Cannot read the document list: {reason}</source>
        <translation>تعذّرت قراءة قائمة الوثائق: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="210"/>
        <source>Hits: {n}</source>
        <translation>النتائج: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="210"/>
        <source>Hits: {n} (exact match)</source>
        <translation>النتائج: {n} (مطابقة تامة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="215"/>
        <source>Documents: {n} (filtered)</source>
        <translation>الوثائق: {n} (بعد التصفية)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="215"/>
        <source>Documents: {n}</source>
        <translation>الوثائق: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="225"/>
        <source>(the last search&apos;s results)</source>
        <translation>(نتائج البحث السابق)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="228"/>
        <source>Search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="234"/>
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="235"/>
        <source>A phrase is not closed: a &quot; is missing.</source>
        <translation>عبارة غير مغلقة: تنقص علامة &quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="236"/>
        <source>The parentheses do not match.</source>
        <translation>الأقواس غير متوازنة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="237"/>
        <source>Nothing to search: only very common words or punctuation.</source>
        <translation>لا شيء للبحث عنه: كلمات شائعة جدًا أو علامات ترقيم فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="239"/>
        <source>«{value}» is not a date: write date:2015-07-21, date:2015-07, date:2015 or date:[2015-08-01 to 2015-08-10].</source>
        <translation>«{value}» ليس تاريخًا: اكتب تاريخ:⁦2015-07-21⁩ أو تاريخ:⁦2015-07⁩ أو تاريخ:2015 أو تاريخ:[⁦2015-08-01⁩ إلى ⁦2015-08-10⁩].</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="242"/>
        <source>No document here is from an outlet called «{value}». Outlets: {known}</source>
        <translation>لا وثيقة هنا من مصدر اسمه «{value}». المصادر: {known}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="247"/>
        <source>No entity called «{value}» in this corpus.</source>
        <translation>لا كيان اسمه «{value}» في هذه المدوّنة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="249"/>
        <source>This search cannot be read; check its operators and quotes.</source>
        <translation>تعذّرت قراءة هذا البحث؛ راجع العوامل وعلامات التنصيص.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listing.py" line="269"/>
        <source>No document matches this search.</source>
        <translation>لا وثيقة تطابق هذا البحث.</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="252"/>
        <source>Did you mean: {query}?</source>
        <translation>هل تقصد: {query}؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/listpane.py" line="253"/>
        <source>Search for this instead</source>
        <translation>ابحث عن هذا بدلًا منه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="68"/>
        <source>Kashshaf</source>
        <translation>كشّاف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="104"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="110"/>
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="118"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="135"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="149"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="191"/>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="193"/>
        <source>Open corpus folder…</source>
        <translation>فتح مجلد مدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="196"/>
        <source>Open default corpus</source>
        <translation>فتح المدوّنة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="199"/>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="201"/>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="205"/>
        <source>Rescan corpus folders</source>
        <translation>إعادة فحص مجلدات المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="207"/>
        <source>Import new and changed files from the folders of this corpus; remove documents of deleted files</source>
        <translation>استيراد الملفات الجديدة والمعدّلة من مجلدات هذه المدوّنة، وحذف وثائق الملفات المحذوفة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="210"/>
        <source>Rebuild search index</source>
        <translation>إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="213"/>
        <source>Search a list…</source>
        <translation>بحث بقائمة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="215"/>
        <source>Search each name or query of a list (a .txt file, one a line, or a .csv file): hits and dates</source>
        <translation>ابحث عن كل اسم أو استعلام في قائمة (ملف ‎.txt، واحد في كل سطر، أو ملف ‎.csv): النتائج والتواريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="219"/>
        <source>Export excerpts…</source>
        <translation>تصدير المقتطفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="220"/>
        <source>Export search results…</source>
        <translation>تصدير نتائج البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="221"/>
        <source>Export entity curation…</source>
        <translation>تصدير تحرير الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="222"/>
        <source>Import entity curation…</source>
        <translation>استيراد تحرير الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="225"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="227"/>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="229"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="241"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="232"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="244"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="241"/>
        <source>Undo {what}</source>
        <translation>تراجع عن {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="244"/>
        <source>Redo {what}</source>
        <translation>إعادة {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="249"/>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="250"/>
        <source>Add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="252"/>
        <source>Find in corpus</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="254"/>
        <source>Add selection as entity…</source>
        <translation>إضافة التحديد كيانًا…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="257"/>
        <source>Rename outlets…</source>
        <translation>إعادة تسمية المصادر…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="270"/>
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="277"/>
        <source>Save this search…</source>
        <translation>حفظ هذا البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="279"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="280"/>
        <source>Delete a saved search</source>
        <translation>حذف بحث محفوظ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="282"/>
        <source>Order by relevance</source>
        <translation>الترتيب حسب الصلة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="283"/>
        <source>Clear search history</source>
        <translation>مسح سجل البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="285"/>
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="286"/>
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="288"/>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="289"/>
        <source>Show raw text</source>
        <translation>عرض النص الخام</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="291"/>
        <source>Colour entity mentions</source>
        <translation>تلوين إشارات الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="295"/>
        <source>Caret browsing (select with the keyboard)</source>
        <translation>التصفّح بالمؤشر (التحديد بلوحة المفاتيح)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="302"/>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="306"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="313"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="318"/>
        <source>Normal size</source>
        <translation>الحجم العادي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="323"/>
        <source>Restore default layout</source>
        <translation>استعادة التخطيط الافتراضي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="324"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="387"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="333"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="334"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="336"/>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="339"/>
        <source>About Kashshaf</source>
        <translation>عن كشّاف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="388"/>
        <source>The new language is used from the next start of Kashshaf.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل كشّاف في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>NetworkDock</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="138"/>
        <source>Entity network</source>
        <translation>شبكة الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="158"/>
        <source>Shared documents, at least:</source>
        <translation>الوثائق المشتركة، على الأقل:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="169"/>
        <source>Entities:</source>
        <translation>الكيانات:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="175"/>
        <source>How many entities to draw: those of the most documents</source>
        <translation>عدد الكيانات المرسومة: الأكثر ورودًا في الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="180"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="181"/>
        <source>Show the whole network (the wheel zooms, a drag pans)</source>
        <translation>اعرض الشبكة كاملة (العجلة للتكبير، والسحب للتحريك)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="185"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="188"/>
        <source>GEXF (Gephi)…</source>
        <translation>‏GEXF (لبرنامج Gephi)…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="189"/>
        <source>GraphML…</source>
        <translation>‏GraphML…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="190"/>
        <source>PNG picture…</source>
        <translation>صورة PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="191"/>
        <source>SVG picture…</source>
        <translation>صورة SVG…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="222"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="223"/>
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="224"/>
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="225"/>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="232"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="229"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="230"/>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="231"/>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="237"/>
        <source>Documents: {n}</source>
        <translation>الوثائق: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="286"/>
        <source>No entity of these types in these documents.</source>
        <translation>لا كيانات من هذه الأنواع في هذه الوثائق.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="291"/>
        <source>{shown} of {total} entities (those in the most documents)</source>
        <translation>{shown} من {total} كيانًا (الأكثر ورودًا في الوثائق)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="295"/>
        <source>Entities: {shown}</source>
        <translation>الكيانات: {shown}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="297"/>
        <source>Links: {edges} (of at least {n} shared documents)</source>
        <translation>الروابط: {edges} (لكلٍّ منها {n} وثيقة مشتركة على الأقل)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="298"/>
        <source>Click a name to list its documents; double-click a link to list the documents both share.</source>
        <translation>انقر اسمًا لعرض وثائقه، وانقر رابطًا نقرًا مزدوجًا لعرض الوثائق المشتركة بين طرفيه.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="339"/>
        <source>GEXF graph (*.gexf)</source>
        <translation>شبكة GEXF (*.gexf)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="340"/>
        <source>GraphML graph (*.graphml)</source>
        <translation>شبكة GraphML (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="341"/>
        <source>PNG picture (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="342"/>
        <source>SVG picture (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="345"/>
        <source>network</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="347"/>
        <source>Export the entity network</source>
        <translation>تصدير شبكة الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="362"/>
        <source>Could not write {path}: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/network.py" line="364"/>
        <source>Wrote {path}</source>
        <translation>كُتب الملف {path}</translation>
    </message>
</context>
<context>
    <name>OutletDialog</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="38"/>
        <source>Rename outlet</source>
        <translation>إعادة تسمية المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="54"/>
        <source>Outlet:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="57"/>
        <source>Arabic name:</source>
        <translation>الاسم العربي:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="58"/>
        <source>English name:</source>
        <translation>الاسم الإنجليزي:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="86"/>
        <source>Also known as: {names}</source>
        <translation>يُعرف أيضًا بـ: {names}</translation>
    </message>
</context>
<context>
    <name>OutletsController</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="116"/>
        <source>Only {outlet}</source>
        <translation>{outlet} وحده</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="119"/>
        <source>Rename outlet {outlet}…</source>
        <translation>إعادة تسمية المصدر {outlet}…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="142"/>
        <source>No outlet is known in this corpus yet.</source>
        <translation>لا يُعرف مصدر في هذه المدوّنة بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/outlets.py" line="152"/>
        <source>rename outlet</source>
        <translation>إعادة تسمية مصدر</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="283"/>
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="284"/>
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="318"/>
        <source>Choose a document from the list to read it here.</source>
        <translation>اختر وثيقة من القائمة لقراءتها هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="435"/>
        <source>Outlet and date unknown</source>
        <translation>المصدر والتاريخ غير معروفين</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="444"/>
        <source>publication date unknown</source>
        <translation>تاريخ النشر غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="460"/>
        <source>Raw text as imported (before cleaning)</source>
        <translation>النص الخام كما استُورد (قبل التنظيف)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="657"/>
        <source>Mention {current} of {count}</source>
        <translation>الذكر {current} من {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="659"/>
        <source>1 mention (F3: next)</source>
        <translation>مرة ذكر واحدة (F3: التالي)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="661"/>
        <source>{count} mentions (F3: next)</source>
        <translation>مرات الذكر: {count} (F3: التالي)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="665"/>
        <source>Hit {current} of {count}</source>
        <translation>النتيجة {current} من {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="668"/>
        <source>Hits are marked in the clean text only</source>
        <translation>تُعلَّم النتائج في النص المنظَّف فقط</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="191"/>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="195"/>
        <source>Add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="199"/>
        <source>Add as entity…</source>
        <translation>إضافة ككيان…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="205"/>
        <source>Search the spellings of “{word}”</source>
        <translation>ابحث عن تهجئات «{word}»</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="241"/>
        <source>Entity “{name}”</source>
        <translation>الكيان «{name}»</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="242"/>
        <source>Not an entity here</source>
        <translation>ليس كيانًا هنا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="243"/>
        <source>Not an entity in this document</source>
        <translation>ليس كيانًا في هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="244"/>
        <source>Change type here</source>
        <translation>تغيير النوع هنا</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="246"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="247"/>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="248"/>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="249"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="255"/>
        <source>Merge this mention into another entity…</source>
        <translation>دمج هذا الذكر في كيان آخر…</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/saved_searches.py" line="55"/>
        <source>exact match</source>
        <translation>مطابقة تامة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/saved_searches.py" line="63"/>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/saved_searches.py" line="76"/>
        <source>Type a search first, then save it.</source>
        <translation>اكتب بحثًا أولًا ثم احفظه.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/saved_searches.py" line="79"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/saved_searches.py" line="79"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="32"/>
        <source>Search: words, &quot;exact phrase&quot;, =word as written, name~ spellings, prefix*, AND OR NOT, source:NAME, date:2015-07-21, entity:NAME</source>
        <translation>ابحث: كلمات، &quot;عبارة بنصها&quot;، =كلمة كما كُتبت، اسم~ بتهجئاته، بادئة*، و أو ليس، مصدر:الاسم، تاريخ:⁦2015-07-21⁩، كيان:الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="51"/>
        <source>Exact match</source>
        <translation>مطابقة تامة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="55"/>
        <source>Exact match: words as written, without stems and without clitics split off (a word&apos;s other forms are not found). For one word alone, write =word</source>
        <translation>مطابقة تامة: الكلمات كما كُتبت، بلا جذوع ولا فصل للسوابق المتصلة بها (لا تُوجد صيغ الكلمة الأخرى). لكلمة واحدة وحدها اكتب =كلمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="229"/>
        <source>Entity: {name}  ✕</source>
        <translation>الكيان: {name}  ✕</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="230"/>
        <source>Click to remove the entity filter</source>
        <translation>انقر لإزالة تصفية الكيان</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="91"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="91"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/help.py" line="91"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="298"/>
        <source>Documents by day</source>
        <translation>الوثائق حسب اليوم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="299"/>
        <source>Documents by week</source>
        <translation>الوثائق حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="300"/>
        <source>Documents by month</source>
        <translation>الوثائق حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="301"/>
        <source>Hits by day</source>
        <translation>مرات الورود حسب اليوم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="302"/>
        <source>Hits by week</source>
        <translation>مرات الورود حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="303"/>
        <source>Hits by month</source>
        <translation>مرات الورود حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="396"/>
        <source>{documents} documents</source>
        <translation>{documents} وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="400"/>
        <source>{documents} documents, {hits} hits</source>
        <translation>{documents} وثيقة، {hits} مرة ورود</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="413"/>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="642"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="422"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="423"/>
        <source>By day</source>
        <translation>حسب اليوم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="423"/>
        <source>By week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="423"/>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="428"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="429"/>
        <source>Hits</source>
        <translation>مرات الورود</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="433"/>
        <source>Compare with: a query, or entity:NAME</source>
        <translation>قارن باستعلام آخر، أو كيان:الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="437"/>
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="440"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="441"/>
        <source>Save the timeline as a picture (PNG, SVG) or a table (CSV)</source>
        <translation>احفظ الخط الزمني صورةً (PNG أو SVG) أو جدولًا (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="462"/>
        <source>All dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="463"/>
        <source>Let go of the dates chosen on the timeline (Esc)</source>
        <translation>إلغاء التواريخ المختارة على الخط الزمني (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="521"/>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="543"/>
        <source>{documents} documents</source>
        <translation>{documents} وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="545"/>
        <source>{documents} documents, {hits} hits</source>
        <translation>{documents} وثيقة، {hits} مرة ورود</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="549"/>
        <source>; {n} without a date, not drawn</source>
        <translation>؛ {n} بلا تاريخ، لم تُرسم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="551"/>
        <source>; {n} placed at the date they were retrieved (publication date unknown)</source>
        <translation>؛ {n} وُضعت في تاريخ الاطلاع عليها (تاريخ النشر غير معروف)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="555"/>
        <source>No dated documents.</source>
        <translation>لا وثائق مؤرّخة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="557"/>
        <source>Dates {first} to {last}: drag again, or Esc for every date</source>
        <translation>التواريخ من {first} إلى {last}: اسحب من جديد، أو Esc لكل التواريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="576"/>
        <source>Four series at most: remove one to compare another.</source>
        <translation>أربع سلاسل على الأكثر: احذف واحدة لتقارن بأخرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="599"/>
        <source>Remove this query from the timeline</source>
        <translation>احذف هذا الاستعلام من الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="608"/>
        <source>timeline</source>
        <translation>الخط-الزمني</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="610"/>
        <source>Export the timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="618"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="620"/>
        <source>Written: {file}</source>
        <translation>كُتب الملف: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="628"/>
        <source>period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="629"/>
        <source>period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="630"/>
        <source>documents</source>
        <translation>وثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="631"/>
        <source>hits</source>
        <translation>مرات الورود</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/views/timeline.py" line="632"/>
        <source>undated</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>VariantsStrip</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/variants.py" line="172"/>
        <source>Spellings of {word}:</source>
        <translation>تهجئات {word}:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/variants.py" line="176"/>
        <source>The corpus&apos; spellings of this word, with the documents each finds. Untick one to leave it out: the search box then names the spellings searched.</source>
        <translation>تهجئات هذه الكلمة في المدوّنة وعدد الوثائق التي تجدها كلٌّ منها. أزل العلامة عن تهجئة لتستبعدها: يسمّي مربع البحث عندئذٍ التهجئات التي يُبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/variants.py" line="183"/>
        <source>none in this corpus (a word of four letters or more is looked up)</source>
        <translation>لا شيء في هذه المدوّنة (يُبحث عن تهجئات الكلمات ذات الأحرف الأربعة فأكثر)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/variants.py" line="194"/>
        <source>{word}: {count} times in the corpus, in {documents} documents; distance {distance}</source>
        <translation>{word} — مرات الورود في المدوّنة: {count}؛ الوثائق: {documents}؛ البُعد: {distance}</translation>
    </message>
</context>
</TS>
