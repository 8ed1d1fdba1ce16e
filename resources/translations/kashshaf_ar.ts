<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="179" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="180" />
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="181" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="182" />
        <source>Length</source>
        <translation>الطول</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="225" />
        <source>Filter entities…</source>
        <translation>تصفية الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="228" />
        <source>No people, organisations or places are recorded for this document.</source>
        <translation>لا أشخاص ولا منظمات ولا أماكن مسجلة لهذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="232" />
        <source>No entities in this corpus yet.

People, organisations and places mentioned in the documents are listed here once they have been extracted. Click one to list every document that mentions it.</source>
        <translation>لا كيانات في هذه المدوّنة بعد.

تظهر هنا الأشخاص والمنظمات والأماكن المذكورة في الوثائق بعد استخراجها. انقر على أحدها لعرض كل الوثائق التي تذكره.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="239" />
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="240" />
        <source>Corpus</source>
        <translation>المدوّنة</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="61" />
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="62" />
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="63" />
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="64" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="119" />
        <source>Also written: {names}</source>
        <translation>يُكتب أيضًا: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="121" />
        <source>{mentions} mentions in {documents} documents</source>
        <translation>عدد الإشارات: {mentions} في {documents} وثيقة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="28" />
        <source>Importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="30" />
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="40" />
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="41" />
        <source>Continue in background</source>
        <translation>المتابعة في الخلفية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="42" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="64" />
        <source>Cancelling… documents already read are kept.</source>
        <translation>جارٍ الإلغاء… الوثائق المقروءة حتى الآن محفوظة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="69" />
        <source>Reading files: {done} of {total}</source>
        <translation>قراءة الملفات: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="72" />
        <source>Indexing documents: {done} of {total}</source>
        <translation>فهرسة الوثائق: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="79" />
        <source>Problems so far: {n}</source>
        <translation>المشكلات حتى الآن: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="86" />
        <source>Imported {imported} documents; {duplicates} duplicates skipped; {problems} problems.</source>
        <translation>الوثائق المستوردة: {imported}؛ المكررات المتروكة: {duplicates}؛ المشكلات: {problems}.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="89" />
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="92" />
        <source>These files could not be imported:</source>
        <translation>تعذّر استيراد هذه الملفات:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="102" />
        <source>The import stopped: {reason}</source>
        <translation>توقف الاستيراد: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="64" />
        <source>Kashshaf</source>
        <translation>كشّاف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="101" />
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="106" />
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="122" />
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="161" />
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="163" />
        <source>Open corpus folder…</source>
        <translation>فتح مجلد مدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="166" />
        <source>Open default corpus</source>
        <translation>فتح المدوّنة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="169" />
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="170" />
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="173" />
        <source>Rebuild search index</source>
        <translation>إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="176" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="178" />
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="179" />
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="180" />
        <source>Find in corpus</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="182" />
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="183" />
        <source>Save this search…</source>
        <translation>حفظ هذا البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="184" />
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="185" />
        <source>Delete a saved search</source>
        <translation>حذف بحث محفوظ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="187" />
        <source>Order by relevance</source>
        <translation>الترتيب حسب الصلة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="188" />
        <source>Clear search history</source>
        <translation>مسح سجل البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="190" />
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="191" />
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="193" />
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="194" />
        <source>Show raw text</source>
        <translation>عرض النص الخام</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="196" />
        <source>Colour entity mentions</source>
        <translation>تلوين إشارات الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="204" />
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="211" />
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="216" />
        <source>Normal size</source>
        <translation>الحجم العادي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="220" />
        <source>Restore default layout</source>
        <translation>استعادة التخطيط الافتراضي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="221" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="320" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="292" />
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="299" />
        <source>Type a search first, then save it.</source>
        <translation>اكتب بحثًا أولًا ثم احفظه.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="302" />
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="302" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="321" />
        <source>The new language is used from the next start of Kashshaf.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل كشّاف في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="339" />
        <source>Opening the corpus…</source>
        <translation>جارٍ فتح المدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="357" />
        <source>Corpus: {name}</source>
        <translation>المدوّنة: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="369" />
        <source>The corpus cannot be opened</source>
        <translation>تعذّر فتح المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="375" />
        <source>default (bundled samples)</source>
        <translation>الافتراضية (العيّنات المرفقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="379" />
        <source>Open corpus folder</source>
        <translation>فتح مجلد مدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="390" />
        <source>Not a corpus yet</source>
        <translation>ليست مدوّنة بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="391" />
        <source>{folder} is not a Kashshaf corpus. Make a new corpus of the articles in it?</source>
        <translation>المجلد {folder} ليس مدوّنة لكشّاف. هل تريد إنشاء مدوّنة جديدة من المقالات التي فيه؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="411" />
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="413" />
        <source>Articles (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="419" />
        <source>Import folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="425" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="425" />
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="442" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="451" />
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="451" />
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="482" />
        <source>Indexing the documents already read…</source>
        <translation>جارٍ فهرسة الوثائق المقروءة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="508" />
        <source>Rebuilding the search index…</source>
        <translation>جارٍ إعادة بناء فهرس البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="531" />
        <source>Cannot read the document list: {reason}</source>
        <translation>تعذّرت قراءة قائمة الوثائق: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="571" />
        <source>Documents: {n}</source>
        <translation>الوثائق: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="580" />
        <source>Hits: {n}</source>
        <translation>النتائج: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="589" />
        <source>Search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="593" />
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="594" />
        <source>A phrase is not closed: a " is missing.</source>
        <translation>عبارة غير مغلقة: تنقص علامة ".</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="595" />
        <source>The parentheses do not match.</source>
        <translation>الأقواس غير متوازنة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="596" />
        <source>Nothing to search: only very common words or punctuation.</source>
        <translation>لا شيء للبحث عنه: كلمات شائعة جدًا أو علامات ترقيم فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="598" />
        <source>This search cannot be read; check its operators and quotes.</source>
        <translation>تعذّرت قراءة هذا البحث؛ راجع العوامل وعلامات التنصيص.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="134" />
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="135" />
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="166" />
        <source>Choose a document from the list to read it here.</source>
        <translation>اختر وثيقة من القائمة لقراءتها هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="254" />
        <source>Outlet and date unknown</source>
        <translation>المصدر والتاريخ غير معروفين</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="270" />
        <source>Raw text as imported (before cleaning)</source>
        <translation>النص الخام كما استُورد (قبل التنظيف)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="362" />
        <source>Hit {current} of {count}</source>
        <translation>النتيجة {current} من {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="365" />
        <source>Hits are marked in the clean text only</source>
        <translation>تُعلَّم النتائج في النص المنظَّف فقط</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="108" />
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="26" />
        <source>Search: words, "exact phrase", prefix*, AND OR NOT, source:…, date:2021</source>
        <translation>ابحث: كلمات، "عبارة بنصها"، بادئة*، و أو ليس، مصدر:…، تاريخ:2021</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="127" />
        <source>Entity: {name}  ✕</source>
        <translation>الكيان: {name}  ✕</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="128" />
        <source>Click to remove the entity filter</source>
        <translation>انقر لإزالة تصفية الكيان</translation>
    </message>
</context>
</TS>