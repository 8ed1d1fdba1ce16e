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
    <name>EntityPane</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="218" />
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="219" />
        <source>Change type</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="225" />
        <source>Merge into another entity…</source>
        <translation>دمج في كيان آخر…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="226" />
        <source>Split off a spelling</source>
        <translation>فصل كتابة مستقلة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="231" />
        <source>Not an entity (delete)</source>
        <translation>ليس كيانًا (حذف)</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="260" />
        <source>Filter entities…</source>
        <translation>تصفية الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="263" />
        <source>No people, organisations or places are recorded for this document.</source>
        <translation>لا أشخاص ولا منظمات ولا أماكن مسجلة لهذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="267" />
        <source>No entities in this corpus yet.

People, organisations and places mentioned in the documents are listed here once they have been extracted. Click one to list every document that mentions it.</source>
        <translation>لا كيانات في هذه المدوّنة بعد.

تظهر هنا الأشخاص والمنظمات والأماكن المذكورة في الوثائق بعد استخراجها. انقر على أحدها لعرض كل الوثائق التي تذكره.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="274" />
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="275" />
        <source>Corpus</source>
        <translation>المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="302" />
        <source>Often with {name}:</source>
        <translation>يرد كثيرًا مع {name}:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="304" />
        <source>{name} · {n} documents</source>
        <translation>{name} · في {n} وثيقة</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="64" />
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="65" />
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="66" />
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="67" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="122" />
        <source>Also written: {names}</source>
        <translation>يُكتب أيضًا: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="124" />
        <source>{mentions} mentions in {documents} documents</source>
        <translation>عدد الإشارات: {mentions} في {documents} وثيقة</translation>
    </message>
</context>
<context>
    <name>ExcerptListModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="54" />
        <source> (re-anchored)</source>
        <translation> (أعيد ربطه بالنص)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="54" />
        <source> (passage lost)</source>
        <translation> (ضاع المقطع من الوثيقة)</translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="104" />
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="106" />
        <source>Chosen entity</source>
        <translation>الكيان المختار</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="109" />
        <source>Filter excerpts…</source>
        <translation>تصفية المقتطفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="114" />
        <source>Your note on this excerpt</source>
        <translation>ملاحظتك على هذا المقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="119" />
        <source>Tags, separated by commas</source>
        <translation>وسوم، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="123" />
        <source>Save note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="127" />
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="128" />
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="131" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="134" />
        <source>Undo delete</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="137" />
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="139" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="184" />
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="185" />
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="186" />
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="187" />
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="188" />
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="196" />
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="206" />
        <source>Excerpts: {n}</source>
        <translation>المقتطفات: {n}</translation>
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
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="71" />
        <source>Kashshaf</source>
        <translation>كشّاف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="109" />
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="119" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="706" />
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="135" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="917" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="985" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1000" />
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="154" />
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="193" />
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="195" />
        <source>Open corpus folder…</source>
        <translation>فتح مجلد مدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="198" />
        <source>Open default corpus</source>
        <translation>فتح المدوّنة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="201" />
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="202" />
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="205" />
        <source>Rebuild search index</source>
        <translation>إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="208" />
        <source>Export excerpts…</source>
        <translation>تصدير المقتطفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="209" />
        <source>Export search results…</source>
        <translation>تصدير نتائج البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="210" />
        <source>Export entity curation…</source>
        <translation>تصدير تحرير الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="211" />
        <source>Import entity curation…</source>
        <translation>استيراد تحرير الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="213" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="215" />
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="216" />
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="217" />
        <source>Add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="218" />
        <source>Find in corpus</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="220" />
        <source>Add selection as entity…</source>
        <translation>إضافة التحديد كيانًا…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="223" />
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="224" />
        <source>Save this search…</source>
        <translation>حفظ هذا البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="225" />
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="226" />
        <source>Delete a saved search</source>
        <translation>حذف بحث محفوظ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="228" />
        <source>Order by relevance</source>
        <translation>الترتيب حسب الصلة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="229" />
        <source>Clear search history</source>
        <translation>مسح سجل البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="231" />
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="232" />
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="234" />
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="235" />
        <source>Show raw text</source>
        <translation>عرض النص الخام</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="237" />
        <source>Colour entity mentions</source>
        <translation>تلوين إشارات الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="245" />
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="252" />
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="257" />
        <source>Normal size</source>
        <translation>الحجم العادي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="262" />
        <source>Restore default layout</source>
        <translation>استعادة التخطيط الافتراضي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="263" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="362" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="334" />
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="341" />
        <source>Type a search first, then save it.</source>
        <translation>اكتب بحثًا أولًا ثم احفظه.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="344" />
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="344" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="935" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="363" />
        <source>The new language is used from the next start of Kashshaf.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل كشّاف في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="381" />
        <source>Opening the corpus…</source>
        <translation>جارٍ فتح المدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="401" />
        <source>{n} documents were cleaned again with the new rules; their excerpts were re-anchored.</source>
        <translation>أعيد تنظيف {n} وثيقة بالقواعد الجديدة وأعيد ربط مقتطفاتها بنصوصها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="406" />
        <source>Corpus: {name}</source>
        <translation>المدوّنة: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="419" />
        <source>The corpus cannot be opened</source>
        <translation>تعذّر فتح المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="425" />
        <source>default (bundled samples)</source>
        <translation>الافتراضية (العيّنات المرفقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="429" />
        <source>Open corpus folder</source>
        <translation>فتح مجلد مدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="440" />
        <source>Not a corpus yet</source>
        <translation>ليست مدوّنة بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="441" />
        <source>{folder} is not a Kashshaf corpus. Make a new corpus of the articles in it?</source>
        <translation>المجلد {folder} ليس مدوّنة لكشّاف. هل تريد إنشاء مدوّنة جديدة من المقالات التي فيه؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="461" />
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="463" />
        <source>Articles (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="469" />
        <source>Import folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="475" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="475" />
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="492" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="501" />
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="501" />
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="532" />
        <source>Indexing the documents already read…</source>
        <translation>جارٍ فهرسة الوثائق المقروءة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="558" />
        <source>Rebuilding the search index…</source>
        <translation>جارٍ إعادة بناء فهرس البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="581" />
        <source>Cannot read the document list: {reason}</source>
        <translation>تعذّرت قراءة قائمة الوثائق: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="599" />
        <source>Select a passage in the reader first (not in the raw text).</source>
        <translation>حدّد مقطعًا في القارئ أولًا (لا في النص الخام).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="602" />
        <source>Excerpt added.</source>
        <translation>أُضيف المقتطف.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="654" />
        <source>Excerpt deleted (Undo delete brings it back).</source>
        <translation>حُذف المقتطف (زر التراجع يعيده).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="688" />
        <source>{file} exists. Replace it?</source>
        <translation>الملف {file} موجود. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="700" />
        <source>Export excerpts</source>
        <translation>تصدير المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="712" />
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="735" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="723" />
        <source>Search first: the results of a search are exported.</source>
        <translation>ابحث أولًا: تُصدَّر نتائج البحث.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="725" />
        <source>Export search results</source>
        <translation>تصدير نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="753" />
        <source>Written: {file}</source>
        <translation>كُتب الملف: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="757" />
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="789" />
        <source>Documents: {n}</source>
        <translation>الوثائق: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="798" />
        <source>Hits: {n}</source>
        <translation>النتائج: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="807" />
        <source>Search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="811" />
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="812" />
        <source>A phrase is not closed: a " is missing.</source>
        <translation>عبارة غير مغلقة: تنقص علامة ".</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="813" />
        <source>The parentheses do not match.</source>
        <translation>الأقواس غير متوازنة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="814" />
        <source>Nothing to search: only very common words or punctuation.</source>
        <translation>لا شيء للبحث عنه: كلمات شائعة جدًا أو علامات ترقيم فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="816" />
        <source>This search cannot be read; check its operators and quotes.</source>
        <translation>تعذّرت قراءة هذا البحث؛ راجع العوامل وعلامات التنصيص.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="919" />
        <source>Updating entities…</source>
        <translation>جارٍ تحديث الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="935" />
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="950" />
        <source>Merge entity</source>
        <translation>دمج الكيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="950" />
        <source>Merge {name} into:</source>
        <translation>دمج {name} في:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="958" />
        <source>Select a name in the reader first.</source>
        <translation>حدّد اسمًا في القارئ أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="963" />
        <source>Add entity</source>
        <translation>إضافة كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="963" />
        <source>{text} is a:</source>
        <translation>«{text}» هو:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="974" />
        <source>Export entity curation</source>
        <translation>تصدير تحرير الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="992" />
        <source>Import entity curation</source>
        <translation>استيراد تحرير الكيانات</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="147" />
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="148" />
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="180" />
        <source>Choose a document from the list to read it here.</source>
        <translation>اختر وثيقة من القائمة لقراءتها هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="274" />
        <source>Outlet and date unknown</source>
        <translation>المصدر والتاريخ غير معروفين</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="290" />
        <source>Raw text as imported (before cleaning)</source>
        <translation>النص الخام كما استُورد (قبل التنظيف)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="386" />
        <source>Hit {current} of {count}</source>
        <translation>النتيجة {current} من {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="389" />
        <source>Hits are marked in the clean text only</source>
        <translation>تُعلَّم النتائج في النص المنظَّف فقط</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="112" />
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="116" />
        <source>Add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="120" />
        <source>Add as entity…</source>
        <translation>إضافة كيانًا…</translation>
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