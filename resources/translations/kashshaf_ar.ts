<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="179"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="180"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="181"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/doclist.py" line="182"/>
        <source>Length</source>
        <translation>الطول</translation>
    </message>
</context>
<context>
    <name>EntityPane</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="248"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="249"/>
        <source>Change type</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="255"/>
        <source>Merge into another entity…</source>
        <translation>دمج في كيان آخر…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="256"/>
        <source>Split off a spelling</source>
        <translation>فصل كتابة مستقلة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="261"/>
        <source>Not an entity (delete)</source>
        <translation>ليس كيانًا (حذف)</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="290"/>
        <source>Filter entities…</source>
        <translation>تصفية الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="293"/>
        <source>No people, organisations or places are recorded for this document.</source>
        <translation>لا أشخاص ولا منظمات ولا أماكن مسجلة لهذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="297"/>
        <source>No entities in this corpus yet.

People, organisations and places mentioned in the documents are listed here once they have been extracted. Click one to list every document that mentions it.</source>
        <translation>لا كيانات في هذه المدوّنة بعد.

تظهر هنا الأشخاص والمنظمات والأماكن المذكورة في الوثائق بعد استخراجها. انقر على أحدها لعرض كل الوثائق التي تذكره.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="305"/>
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="306"/>
        <source>Corpus</source>
        <translation>المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="333"/>
        <source>Often with {name}:</source>
        <translation>يرد كثيرًا مع {name}:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="335"/>
        <source>{name} · {n} documents</source>
        <translation>{name} · في {n} وثيقة</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="110"/>
        <source>People</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="111"/>
        <source>Organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="112"/>
        <source>Places</source>
        <translation>أماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="113"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="159"/>
        <source>{kind} ({total}; the {shown} most mentioned)</source>
        <translation>{kind} ({total}؛ الأكثر ذكرًا {shown})</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="164"/>
        <source>Type in the filter box to find any of them.</source>
        <translation>اكتب في مربع التصفية لتجد أيًّا منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="175"/>
        <source>Also written: {names}</source>
        <translation>يُكتب أيضًا: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/entities.py" line="177"/>
        <source>{mentions} mentions in {documents} documents</source>
        <translation>عدد الإشارات: {mentions} في {documents} وثيقة</translation>
    </message>
</context>
<context>
    <name>ExcerptListModel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="66"/>
        <source> (re-anchored)</source>
        <translation> (أعيد ربطه بالنص)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="66"/>
        <source> (passage lost)</source>
        <translation> (ضاع المقطع من الوثيقة)</translation>
    </message>
</context>
<context>
    <name>ExcerptsPanel</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="148"/>
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="150"/>
        <source>Chosen entity</source>
        <translation>الكيان المختار</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="153"/>
        <source>Filter excerpts…</source>
        <translation>تصفية المقتطفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="158"/>
        <source>Your note on this excerpt</source>
        <translation>ملاحظتك على هذا المقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="163"/>
        <source>Tags, separated by commas</source>
        <translation>وسوم، تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="167"/>
        <source>Save note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="171"/>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="172"/>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="175"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="178"/>
        <source>Undo delete</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="181"/>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="183"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="228"/>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="229"/>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="230"/>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="231"/>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="232"/>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="240"/>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/excerpts.py" line="250"/>
        <source>Excerpts: {n}</source>
        <translation>المقتطفات: {n}</translation>
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
        <location filename="../../desktop/kashshaf/ui/importing.py" line="44"/>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="45"/>
        <source>Continue in background</source>
        <translation>المتابعة في الخلفية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="46"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="68"/>
        <source>Cancelling… documents already read are kept.</source>
        <translation>جارٍ الإلغاء… الوثائق المقروءة حتى الآن محفوظة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="73"/>
        <source>Reading files: {done} of {total}</source>
        <translation>قراءة الملفات: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="76"/>
        <source>Indexing documents: {done} of {total}</source>
        <translation>فهرسة الوثائق: {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="84"/>
        <source>Problems so far: {n}</source>
        <translation>المشكلات حتى الآن: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="91"/>
        <source>{n} documents read</source>
        <translation>قُرئت {n} وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="93"/>
        <source>{rate} documents a second</source>
        <translation>{rate} وثيقة في الثانية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="100"/>
        <source>less than a minute left</source>
        <translation>بقي أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="102"/>
        <source>about {minutes} min left</source>
        <translation>بقي نحو {minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="103"/>
        <source>about {hours} h {minutes} min left</source>
        <translation>بقي نحو {hours} ساعة و{minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="112"/>
        <source>Imported {imported} documents; {duplicates} duplicates skipped; {problems} problems.</source>
        <translation>الوثائق المستوردة: {imported}؛ المكررات المتروكة: {duplicates}؛ المشكلات: {problems}.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="115"/>
        <source>{n} files unchanged since the last import (not read again).</source>
        <translation>{n} ملفًا لم يتغير منذ الاستيراد السابق (لم يُقرأ مجددًا).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="119"/>
        <source>{n} documents removed because their files are gone.</source>
        <translation>حُذفت {n} وثيقة لأن ملفاتها لم تعد موجودة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="123"/>
        <source>Import cancelled; importing the same files again resumes.</source>
        <translation>أُلغي الاستيراد؛ استيراد الملفات نفسها مجددًا يستأنف من حيث توقف.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="130"/>
        <source>Imported, but check these files:</source>
        <translation>استُوردت، لكن راجع هذه الملفات:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="132"/>
        <source>These files could not be imported:</source>
        <translation>تعذّر استيراد هذه الملفات:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="134"/>
        <source>Imported, with warnings:</source>
        <translation>استُوردت، مع تنبيهات:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/importing.py" line="149"/>
        <source>The import stopped: {reason}</source>
        <translation>توقف الاستيراد: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="88"/>
        <source>Kashshaf</source>
        <translation>كشّاف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="126"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="136"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="805"/>
        <source>Excerpts</source>
        <translation>المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="153"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1017"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1079"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1095"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="172"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="191"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="216"/>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="218"/>
        <source>Open corpus folder…</source>
        <translation>فتح مجلد مدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="221"/>
        <source>Open default corpus</source>
        <translation>فتح المدوّنة الافتراضية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="224"/>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="225"/>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="228"/>
        <source>Rescan corpus folders</source>
        <translation>إعادة فحص مجلدات المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="230"/>
        <source>Import new and changed files from the folders of this corpus; remove documents of deleted files</source>
        <translation>استيراد الملفات الجديدة والمعدّلة من مجلدات هذه المدوّنة، وحذف وثائق الملفات المحذوفة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="233"/>
        <source>Rebuild search index</source>
        <translation>إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="236"/>
        <source>Export excerpts…</source>
        <translation>تصدير المقتطفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="237"/>
        <source>Export search results…</source>
        <translation>تصدير نتائج البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="238"/>
        <source>Export entity curation…</source>
        <translation>تصدير تحرير الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="239"/>
        <source>Import entity curation…</source>
        <translation>استيراد تحرير الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="242"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="245"/>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="246"/>
        <source>Add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="248"/>
        <source>Find in corpus</source>
        <translation>البحث في المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="250"/>
        <source>Add selection as entity…</source>
        <translation>إضافة التحديد كيانًا…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="263"/>
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="264"/>
        <source>Save this search…</source>
        <translation>حفظ هذا البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="265"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="266"/>
        <source>Delete a saved search</source>
        <translation>حذف بحث محفوظ</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="268"/>
        <source>Order by relevance</source>
        <translation>الترتيب حسب الصلة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="269"/>
        <source>Clear search history</source>
        <translation>مسح سجل البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="271"/>
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="272"/>
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="274"/>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="275"/>
        <source>Show raw text</source>
        <translation>عرض النص الخام</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="277"/>
        <source>Colour entity mentions</source>
        <translation>تلوين إشارات الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="285"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="292"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="297"/>
        <source>Normal size</source>
        <translation>الحجم العادي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="302"/>
        <source>Restore default layout</source>
        <translation>استعادة التخطيط الافتراضي</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="303"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="402"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="374"/>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="381"/>
        <source>Type a search first, then save it.</source>
        <translation>اكتب بحثًا أولًا ثم احفظه.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="384"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="384"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1032"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="403"/>
        <source>The new language is used from the next start of Kashshaf.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل كشّاف في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="421"/>
        <source>Opening the corpus…</source>
        <translation>جارٍ فتح المدوّنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="442"/>
        <source>{n} documents were cleaned again with the new rules; their excerpts were re-anchored.</source>
        <translation>أعيد تنظيف {n} وثيقة بالقواعد الجديدة وأعيد ربط مقتطفاتها بنصوصها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="447"/>
        <source>Corpus: {name}</source>
        <translation>المدوّنة: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="463"/>
        <source>This corpus is open read-only, so it cannot be changed now: {reason}</source>
        <translation>هذه المدوّنة مفتوحة للقراءة فقط، فلا يمكن تعديلها الآن: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="473"/>
        <source>another Kashshaf has it open (process {pid}, since {since}). Close that one and open the corpus again.</source>
        <translation>تفتحها نسخة أخرى من كشّاف (العملية {pid}، منذ {since}). أغلق تلك النسخة ثم افتح المدوّنة مجددًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="476"/>
        <source>its folder cannot be written (a read-only folder or disk).</source>
        <translation>لا يمكن الكتابة في مجلدها (مجلد أو قرص للقراءة فقط).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="491"/>
        <source>The corpus cannot be opened</source>
        <translation>تعذّر فتح المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="497"/>
        <source>default (bundled samples)</source>
        <translation>الافتراضية (العيّنات المرفقة)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="501"/>
        <source>Open corpus folder</source>
        <translation>فتح مجلد مدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="512"/>
        <source>Not a corpus yet</source>
        <translation>ليست مدوّنة بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="513"/>
        <source>{folder} is not a Kashshaf corpus. Make a new corpus of the articles in it?</source>
        <translation>المجلد {folder} ليس مدوّنة لكشّاف. هل تريد إنشاء مدوّنة جديدة من المقالات التي فيه؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="533"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="535"/>
        <source>Articles (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="541"/>
        <source>Import folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="550"/>
        <source>Rescan</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="550"/>
        <source>No folder has been imported into this corpus yet.</source>
        <translation>لم يُستورد أي مجلد إلى هذه المدوّنة بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="559"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="559"/>
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="567"/>
        <source>Rescanning corpus folders</source>
        <translation>إعادة فحص مجلدات المدوّنة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="578"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="587"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="587"/>
        <source>Indexing</source>
        <translation>الفهرسة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="619"/>
        <source>Indexing the documents already read…</source>
        <translation>جارٍ فهرسة الوثائق المقروءة…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="645"/>
        <source>Rebuilding the search index…</source>
        <translation>جارٍ إعادة بناء فهرس البحث…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="668"/>
        <source>Cannot read the document list: {reason}</source>
        <translation>تعذّرت قراءة قائمة الوثائق: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="687"/>
        <source>Select a passage in the reader first (not in the raw text).</source>
        <translation>حدّد مقطعًا في القارئ أولًا (لا في النص الخام).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="690"/>
        <source>Excerpt added.</source>
        <translation>أُضيف المقتطف.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="744"/>
        <source>Excerpt deleted (Undo delete brings it back).</source>
        <translation>حُذف المقتطف (زر التراجع يعيده).</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="787"/>
        <source>{file} exists. Replace it?</source>
        <translation>الملف {file} موجود. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="799"/>
        <source>Export excerpts</source>
        <translation>تصدير المقتطفات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="811"/>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="834"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="822"/>
        <source>Search first: the results of a search are exported.</source>
        <translation>ابحث أولًا: تُصدَّر نتائج البحث.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="824"/>
        <source>Export search results</source>
        <translation>تصدير نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="852"/>
        <source>Written: {file}</source>
        <translation>كُتب الملف: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="856"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="888"/>
        <source>Documents: {n}</source>
        <translation>الوثائق: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="897"/>
        <source>Hits: {n}</source>
        <translation>النتائج: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="906"/>
        <source>Search failed: {reason}</source>
        <translation>فشل البحث: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="910"/>
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="911"/>
        <source>A phrase is not closed: a &quot; is missing.</source>
        <translation>عبارة غير مغلقة: تنقص علامة &quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="912"/>
        <source>The parentheses do not match.</source>
        <translation>الأقواس غير متوازنة.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="913"/>
        <source>Nothing to search: only very common words or punctuation.</source>
        <translation>لا شيء للبحث عنه: كلمات شائعة جدًا أو علامات ترقيم فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="915"/>
        <source>This search cannot be read; check its operators and quotes.</source>
        <translation>تعذّرت قراءة هذا البحث؛ راجع العوامل وعلامات التنصيص.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1019"/>
        <source>Updating entities…</source>
        <translation>جارٍ تحديث الكيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1032"/>
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1047"/>
        <source>Merge entity</source>
        <translation>دمج الكيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1047"/>
        <source>Merge {name} into:</source>
        <translation>دمج {name} في:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1056"/>
        <source>Select a name in the reader first.</source>
        <translation>حدّد اسمًا في القارئ أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1061"/>
        <source>Add entity</source>
        <translation>إضافة كيان</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1061"/>
        <source>{text} is a:</source>
        <translation>«{text}» هو:</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1072"/>
        <source>Export entity curation</source>
        <translation>تصدير تحرير الكيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/mainwindow.py" line="1087"/>
        <source>Import entity curation</source>
        <translation>استيراد تحرير الكيانات</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="147"/>
        <source>Previous hit</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="148"/>
        <source>Next hit</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="180"/>
        <source>Choose a document from the list to read it here.</source>
        <translation>اختر وثيقة من القائمة لقراءتها هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="274"/>
        <source>Outlet and date unknown</source>
        <translation>المصدر والتاريخ غير معروفين</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="290"/>
        <source>Raw text as imported (before cleaning)</source>
        <translation>النص الخام كما استُورد (قبل التنظيف)</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="386"/>
        <source>Hit {current} of {count}</source>
        <translation>النتيجة {current} من {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="389"/>
        <source>Hits are marked in the clean text only</source>
        <translation>تُعلَّم النتائج في النص المنظَّف فقط</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="112"/>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="116"/>
        <source>Add excerpt</source>
        <translation>إضافة مقتطف</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/reader.py" line="120"/>
        <source>Add as entity…</source>
        <translation>إضافة كيانًا…</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="26"/>
        <source>Search: words, &quot;exact phrase&quot;, prefix*, AND OR NOT, source:…, date:2021</source>
        <translation>ابحث: كلمات، &quot;عبارة بنصها&quot;، بادئة*، و أو ليس، مصدر:…، تاريخ:2021</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="127"/>
        <source>Entity: {name}  ✕</source>
        <translation>الكيان: {name}  ✕</translation>
    </message>
    <message>
        <location filename="../../desktop/kashshaf/ui/searchbar.py" line="128"/>
        <source>Click to remove the entity filter</source>
        <translation>انقر لإزالة تصفية الكيان</translation>
    </message>
</context>
</TS>
