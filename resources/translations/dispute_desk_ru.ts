<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispute Desk</source>
        <translation>О программе Dispute Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Your orders, their deadlines, cancellations and disputes, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Ваши заказы, их сроки, отмены и споры — на вашем собственном компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Папка журналов:</translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation>Профиль правил:</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.&lt;br&gt;It includes Qt, Python and other components under their own licences.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>Свободное ПО под лицензией {licence}.&lt;br&gt;Включает Qt, Python и другие компоненты под их собственными лицензиями.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Система:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy these details, for a problem report</source>
        <translation>Скопировать эти сведения для сообщения о проблеме</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Лицензии…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>{name}, values checked on {date}</source>
        <translation>{name}, значения проверены {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by you</source>
        <translation>
            <numerusform>%n значение изменено вами</numerusform>
            <numerusform>%n значения изменены вами</numerusform>
            <numerusform>%n значений изменено вами</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Лицензия MIT.</translation>
    </message>
</context>
<context>
    <name>AutoBackups</name>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Backing up today&apos;s changes before closing…</source>
        <translation>Резервное копирование сегодняшних изменений перед закрытием…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Dispute Desk backups (*.zip)</source>
        <translation>Резервные копии Dispute Desk (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Save all your orders and evidence in one .zip file</source>
        <translation>Сохранить все заказы и доказательства в один файл .zip</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is kept</source>
        <translation>Заменить данные резервной копией; текущие данные сохранятся</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Резервное копирование в %1…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Копия сохранена в %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Replace your current data with the backup %1, made on %2?</source>
        <translation>Заменить текущие данные резервной копией %1 от %2?</translation>
    </message>
    <message>
        <source>Your current data is kept first as a safety copy in the backups folder, so you can go back to it with Restore from backup. The window shows the restored orders when it is done.</source>
        <translation>Сначала текущие данные будут сохранены как страховочная копия в папке резервных копий, и к ним можно будет вернуться через «Восстановить из копии». Когда всё будет готово, в окне появятся восстановленные заказы.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Восстановление %1…</translation>
    </message>
    <message>
        <source>The backup came from an older version and was brought up to date.</source>
        <translation>Копия была создана старой версией и обновлена.</translation>
    </message>
    <message>
        <source>Your previous data was kept as a safety copy: %1</source>
        <translation>Прежние данные сохранены как страховочная копия: %1</translation>
    </message>
    <message>
        <source>%1 was not restored: %2

Nothing was changed.</source>
        <translation>Не удалось восстановить %1: %2

Ничего не изменено.</translation>
    </message>
    <message>
        <source>Restoring %1 stopped with an unexpected error: %2

Details are in the log file.</source>
        <translation>Восстановление %1 прервано непредвиденной ошибкой: %2

Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made by you</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Страховочная копия перед восстановлением</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматическое копирование</translation>
    </message>
    <message>
        <source>Dispute Desk backs up your orders and evidence by itself when they changed: a few minutes after a change, once a day and when you close it. Of the older automatic backups it keeps the newest one of each of the last days, weeks and months set here. Backups you make yourself and the safety copies made before a restore are never removed.</source>
        <translation>Dispute Desk сам создаёт резервную копию заказов и доказательств, если они изменились: через несколько минут после изменения, раз в день и при закрытии. Из старых автоматических копий сохраняется самая новая за каждый из последних дней, недель и месяцев, заданных здесь. Копии, созданные вами, и страховочные копии перед восстановлением никогда не удаляются.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Days with a daily backup to keep</source>
        <translation>Сколько дней хранить ежедневные копии</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>Weeks with a weekly backup to keep</source>
        <translation>Сколько недель хранить еженедельные копии</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>Months with a monthly backup to keep</source>
        <translation>Сколько месяцев хранить ежемесячные копии</translation>
    </message>
    <message>
        <source>&amp;Daily backups for the last:</source>
        <translation>&amp;Ежедневные копии за последние:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups for the last:</source>
        <translation>Е&amp;женедельные копии за последние:</translation>
    </message>
    <message>
        <source>&amp;Monthly backups for the last:</source>
        <translation>Еже&amp;месячные копии за последние:</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Резервные копии в %1</translation>
    </message>
    <message>
        <source>No backups yet. The first automatic backup is made a few minutes after your data changes; Back up now makes one at once.</source>
        <translation>Копий пока нет. Первая автоматическая копия создаётся через несколько минут после изменения данных; кнопка «Создать копию» создаёт её сразу.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Копий пока нет</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>Make a backup in the backups folder now</source>
        <translation>Создать резервную копию в папке копий сейчас</translation>
    </message>
    <message>
        <source>Res&amp;tore this…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Восстановить выбранную резервную копию</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в пап&amp;ке</translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation>Показать папку резервных копий</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>Backups status</source>
        <translation>Состояние резервных копий</translation>
    </message>
    <message>
        <source>⚠ Could not read the backups folder: %1</source>
        <translation>⚠ Не удалось прочитать папку резервных копий: %1</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>Не удалось открыть %1 в файловом менеджере.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Копия сохранена в %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>За этот период ничего нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of bars; series: %1. The numbers are in the table below.</source>
        <translation>
            <numerusform>Групп столбцов: %n; ряды: %1. Числа — в таблице ниже.</numerusform>
            <numerusform>Групп столбцов: %n; ряды: %1. Числа — в таблице ниже.</numerusform>
            <numerusform>Групп столбцов: %n; ряды: %1. Числа — в таблице ниже.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyRetry</name>
    <message>
        <source>%1 What you entered is kept and saved as soon as the data is free again (trying again…).</source>
        <translation>%1 Введённое сохранится, как только данные освободятся (повторная попытка…).</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Отмена заказа %1</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Dispute case</source>
        <translation>Спор</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Спор по всему заказу</translation>
    </message>
    <message>
        <source>Dispute about item %1: %2</source>
        <translation>Спор по товару %1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Открыт: %1</translation>
    </message>
    <message>
        <source>Refund asked: %1</source>
        <translation>Запрошен возврат: %1</translation>
    </message>
    <message>
        <source>%1, with a return of the item</source>
        <translation>%1, с возвратом товара</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>С возвратом товара</translation>
    </message>
    <message>
        <source>Seller offers: %1</source>
        <translation>Продавец предлагает: %1</translation>
    </message>
    <message>
        <source>Seller answered: %1</source>
        <translation>Продавец ответил: %1</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Спор обострён: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 на сумму %2</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Решение: %1 (%2)</translation>
    </message>
    <message>
        <source>Appealed: %1</source>
        <translation>Апелляция подана: %1</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Возврат получен: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменён: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Спор: %1</translation>
    </message>
    <message>
        <source>Refunds usually take %2–%3 business days.</source>
        <translation>Возврат средств обычно занимает %2–%3 раб. дн.</translation>
    </message>
    <message>
        <source>Paid by %1: refunds usually take %2–%3 business days.</source>
        <translation>Оплата: %1 — возврат средств обычно занимает %2–%3 раб. дн.</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: осталось %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Numbers of the chart: %1</source>
        <translation>Данные диаграммы: %1</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Сохранить диаграмму…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a picture</source>
        <translation>Сохранить диаграмму «%1» как изображение</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Open the dispute</source>
        <translation>Открытие спора</translation>
    </message>
    <message>
        <source>Open it on the order page, then press Finish: the app records it and counts down to the seller&apos;s answer and the escalation day.</source>
        <translation>Откройте спор на странице заказа и нажмите «Завершить»: приложение запишет его и начнёт отсчёт до ответа продавца и до дня обострения спора.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Предмет спора</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Refund asked for</source>
        <translation>Запрошенный возврат</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>How to open it:</source>
        <translation>Как открыть спор:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Товар %1: %2</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Весь заказ</translation>
    </message>
    <message>
        <source>Full refund, %1</source>
        <translation>Полный возврат, %1</translation>
    </message>
    <message>
        <source>Partial refund, %1</source>
        <translation>Частичный возврат, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>CountdownBox</name>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
</context>
<context>
    <name>CountdownField</name>
    <message>
        <source>e.g. 23 d 14:22:10</source>
        <translation>напр. 23 дн. 14:22:10</translation>
    </message>
    <message>
        <source>%1 as the order page shows it now: resulting time</source>
        <translation>%1 (как на странице заказа сейчас): итоговое время</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now.</source>
        <translation>Как показывает страница заказа сейчас; отсчёт от текущего момента.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dispute Desk: something went wrong</source>
        <translation>Dispute Desk: что-то пошло не так</translation>
    </message>
    <message>
        <source>&lt;b&gt;An unexpected error happened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Произошла непредвиденная ошибка.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What was saved before this error is safe: each change is saved when you make it. If you were saving something just now, check that it is there before you go on; you can keep working, or quit and start Dispute Desk again.</source>
        <translation>Всё, что было сохранено до этой ошибки, в безопасности: каждое изменение сохраняется сразу. Если вы как раз что-то сохраняли, проверьте, что оно на месте, прежде чем продолжить; можно продолжить работу или выйти и снова запустить Dispute Desk.</translation>
    </message>
    <message>
        <source>Please report it at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: say what you were doing just before, and attach the log file below (it records what the app did; look it over before you send it).</source>
        <translation>Пожалуйста, сообщите об ошибке на &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: опишите, что вы делали перед этим, и приложите файл журнала, указанный ниже (в нём записано, что делало приложение; просмотрите его перед отправкой).</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Файл журнала: {path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>&amp;Quit Dispute Desk</source>
        <translation>&amp;Выйти из Dispute Desk</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Файл журнала: %1</translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation>Что не удалось: {error}</translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>{reason}

That action was not saved.</source>
        <translation>{reason}

Это действие не сохранено.</translation>
    </message>
    <message>
        <source>Dispute Desk can&apos;t open your data.

{reason}</source>
        <translation>Dispute Desk не может открыть ваши данные.

{reason}</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>No open deadlines.</source>
        <translation>Нет открытых сроков.</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Срок: %1 · %2</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: осталось %2</translation>
    </message>
</context>
<context>
    <name>DisputeReason</name>
    <message>
        <source>Tracking stopped moving</source>
        <translation>Трек перестал обновляться</translation>
    </message>
    <message>
        <source>It went to the wrong address or country</source>
        <translation>Посылка идёт не по тому адресу или не в ту страну</translation>
    </message>
    <message>
        <source>The delivery period is about to end</source>
        <translation>Срок доставки скоро истечёт</translation>
    </message>
    <message>
        <source>It is going back to the seller</source>
        <translation>Посылка возвращается продавцу</translation>
    </message>
    <message>
        <source>It is held at customs</source>
        <translation>Посылка задержана на таможне</translation>
    </message>
    <message>
        <source>It is not as described (size, colour, material, model)</source>
        <translation>Товар не соответствует описанию (размер, цвет, материал, модель)</translation>
    </message>
    <message>
        <source>It doesn&apos;t work or is defective</source>
        <translation>Товар не работает или бракованный</translation>
    </message>
    <message>
        <source>It arrived damaged</source>
        <translation>Товар пришёл повреждённым</translation>
    </message>
    <message>
        <source>I got a different item</source>
        <translation>Пришёл другой товар</translation>
    </message>
    <message>
        <source>Fewer items than I ordered</source>
        <translation>Пришло меньше товаров, чем заказано</translation>
    </message>
    <message>
        <source>It is a counterfeit</source>
        <translation>Это подделка</translation>
    </message>
    <message>
        <source>The parcel was empty</source>
        <translation>Посылка пришла пустой</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <source>Open a dispute — order %1</source>
        <translation>Открыть спор — заказ %1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Language of the draft:</source>
        <translation>Язык черновика:</translation>
    </message>
    <message>
        <source>Parts still to fill in</source>
        <translation>Осталось заполнить</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Копировать в буфер обмена</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Копировать: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied, with %n part(s) in […] still to fill in: fill them in before you send it.</source>
        <translation>
            <numerusform>Скопировано; осталась %n часть в […], которую нужно заполнить: заполните её перед отправкой.</numerusform>
            <numerusform>Скопировано; осталось %n части в […], которые нужно заполнить: заполните их перед отправкой.</numerusform>
            <numerusform>Скопировано; осталось %n частей в […], которые нужно заполнить: заполните их перед отправкой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only you can fill in %n part(s) in […]: %1</source>
        <translation>
            <numerusform>Только вы можете заполнить %n часть в […]: %1</numerusform>
            <numerusform>Только вы можете заполнить %n части в […]: %1</numerusform>
            <numerusform>Только вы можете заполнить %n частей в […]: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Parts still to fill in</source>
        <translation>Осталось заполнить</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Can you open it now?</source>
        <translation>Можно ли открыть спор сейчас?</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Для этого заказа и вашей причины, на данный момент.</translation>
    </message>
    <message>
        <source>Can the dispute be opened</source>
        <translation>Можно ли открыть спор</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Почему нельзя</translation>
    </message>
    <message>
        <source>Last chance</source>
        <translation>Последний шанс</translation>
    </message>
    <message>
        <source>Other ways to get your money back</source>
        <translation>Другие способы вернуть деньги</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Что можно сделать</translation>
    </message>
    <message>
        <source>You can&apos;t go on from here now: press Close.</source>
        <translation>Сейчас дальше пройти нельзя: нажмите «Закрыть».</translation>
    </message>
    <message>
        <source>Next in this guide</source>
        <translation>Далее в этом мастере</translation>
    </message>
    <message>
        <source>1. The evidence to gather for your reason, with photos you can add now.
2. The refund you ask for, and whether you send the item back.
3. The dispute text, ready to paste into the dispute form.

Nothing is recorded until you press Finish.</source>
        <translation>1. Доказательства, которые нужно собрать по вашей причине, и фото, которые можно добавить прямо сейчас.
2. Какой возврат средств вы запрашиваете и отправляете ли товар обратно.
3. Текст спора, готовый для вставки в форму спора.

Ничего не записывается, пока вы не нажмёте «Завершить».</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Last chance: you can still open it, until %1.</source>
        <translation>Последний шанс: спор ещё можно открыть — до %1.</translation>
    </message>
    <message>
        <source>Until the last chance is gone</source>
        <translation>До того, как последний шанс будет упущен</translation>
    </message>
    <message>
        <source>You can open it now, until %1.</source>
        <translation>Спор можно открыть сейчас — до %1.</translation>
    </message>
    <message>
        <source>Until the dispute window closes</source>
        <translation>До конца срока открытия спора</translation>
    </message>
    <message>
        <source>You can open it from %1.</source>
        <translation>Спор можно будет открыть с %1.</translation>
    </message>
    <message>
        <source>Until you can open it</source>
        <translation>До момента, когда можно открыть спор</translation>
    </message>
    <message>
        <source>You can&apos;t open it now.</source>
        <translation>Сейчас открыть спор нельзя.</translation>
    </message>
    <message>
        <source>protection ends</source>
        <translation>окончания защиты покупателя</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Dispute Desk</source>
        <translation>Добро пожаловать в Dispute Desk</translation>
    </message>
    <message>
        <source>Keep every order with a live countdown to its next deadline: payment check, shipping, buyer protection, disputes and refunds. Everything stays on this computer.</source>
        <translation>Все заказы с живым таймером до ближайшего срока: проверка оплаты, отправка, защита покупателя, споры и возвраты средств. Всё хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>Add your first order…</source>
        <translation>Добавить первый заказ…</translation>
    </message>
    <message>
        <source>Add your first order</source>
        <translation>Добавить первый заказ</translation>
    </message>
    <message>
        <source>Try it with sample orders</source>
        <translation>Попробовать на примерах заказов</translation>
    </message>
    <message>
        <source>Load sample orders</source>
        <translation>Загрузить примеры заказов</translation>
    </message>
    <message>
        <source>Loads made-up orders, clearly marked, that you can remove again in one step.</source>
        <translation>Загружает вымышленные заказы с явной пометкой; их можно удалить одним действием.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — заказ %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Когда это произошло</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Когда</translation>
    </message>
    <message>
        <source>&amp;Note (required)</source>
        <translation>За&amp;метка (обязательно)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>За&amp;метка</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Срок о&amp;бработки</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>&amp;Трек-номер</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>Служба &amp;доставки</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Выберите результат…</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Days &amp;asked for</source>
        <translation>Запрошено &amp;дней</translation>
    </message>
    <message>
        <source>The decision includes a return of the item</source>
        <translation>Решение включает возврат товара</translation>
    </message>
    <message>
        <source>I will send the item back (return)</source>
        <translation>Я отправлю товар обратно (возврат)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат товара</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Весь заказ</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Товар %1: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Товар</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Таймер на странице заказа</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Not entered (estimated from the rules)</source>
        <translation>Не введено (рассчитано по правилам)</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Продление в днях</translation>
    </message>
    <message>
        <source>&amp;Buyer protection</source>
        <translation>&amp;Защита покупателя</translation>
    </message>
    <message>
        <source>in %1, e.g. 12.34</source>
        <translation>в %1, напр. 12.34</translation>
    </message>
    <message>
        <source>Re&amp;fund asked</source>
        <translation>Запрошенный в&amp;озврат</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Предложение</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <source>Enter an amount of more than zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>Это больше суммы заказа (%1).</translation>
    </message>
    <message>
        <source>Enter the new tracking number.</source>
        <translation>Введите новый трек-номер.</translation>
    </message>
    <message>
        <source>Choose the reason for the dispute.</source>
        <translation>Выберите причину спора.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Выберите результат.</translation>
    </message>
    <message>
        <source>Only a full refund comes with a return: with a partial one you keep the item.</source>
        <translation>Возврат товара возможен только при полном возврате средств: при частичном товар остаётся у вас.</translation>
    </message>
    <message>
        <source>Enter the amount of the partial refund.</source>
        <translation>Введите сумму частичного возврата.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Напишите заметку.</translation>
    </message>
    <message>
        <source>To record: %1</source>
        <translation>Чтобы записать: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Record that you paid for the order</source>
        <translation>Запишите, что вы оплатили заказ</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Record that the seller shipped the order</source>
        <translation>Запишите, что продавец отправил заказ</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Обновление трека</translation>
    </message>
    <message>
        <source>Record a new tracking number or carrier</source>
        <translation>Запишите новый трек-номер или службу доставки</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Record that tracking shows the parcel delivered</source>
        <translation>Запишите, что по данным отслеживания посылка доставлена</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Подтвердить получение</translation>
    </message>
    <message>
        <source>Record that you confirmed receipt of the order</source>
        <translation>Запишите, что вы подтвердили получение заказа</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Запрошена отмена</translation>
    </message>
    <message>
        <source>Record that you asked to cancel the order</source>
        <translation>Запишите, что вы запросили отмену заказа</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Отмена одобрена</translation>
    </message>
    <message>
        <source>Record that the seller approved the cancellation</source>
        <translation>Запишите, что продавец одобрил отмену</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>В отмене отказано</translation>
    </message>
    <message>
        <source>Record that the seller refused to cancel</source>
        <translation>Запишите, что продавец отказал в отмене</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Заказ отменён</translation>
    </message>
    <message>
        <source>Record that the order was cancelled</source>
        <translation>Запишите, что заказ отменён</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Запрошено продление</translation>
    </message>
    <message>
        <source>Record that you asked the seller to extend buyer protection</source>
        <translation>Запишите, что вы попросили продавца продлить защиту покупателя</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Защита продлена</translation>
    </message>
    <message>
        <source>Record that buyer protection was extended</source>
        <translation>Запишите, что защита покупателя продлена</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Спор открыт</translation>
    </message>
    <message>
        <source>Record that you opened a dispute</source>
        <translation>Запишите, что вы открыли спор</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Спор отменён</translation>
    </message>
    <message>
        <source>Record that you cancelled the open dispute</source>
        <translation>Запишите, что вы отменили открытый спор</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Ответ продавца</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer to the dispute</source>
        <translation>Запишите ответ продавца по спору</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Спор обострён</translation>
    </message>
    <message>
        <source>Record that the dispute went to the platform</source>
        <translation>Запишите, что спор передан площадке</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Record how the dispute was decided</source>
        <translation>Запишите, какое решение принято по спору</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Апелляция подана</translation>
    </message>
    <message>
        <source>Record that you appealed the decision</source>
        <translation>Запишите, что вы подали апелляцию на решение</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Возврат оформлен</translation>
    </message>
    <message>
        <source>Record that the refund was issued</source>
        <translation>Запишите, что возврат средств оформлен</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Возврат получен</translation>
    </message>
    <message>
        <source>Record that the refund arrived</source>
        <translation>Запишите, что возврат средств поступил</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Add a note to the order&apos;s timeline</source>
        <translation>Добавьте заметку в хронологию заказа</translation>
    </message>
    <message>
        <source>Not received: tracking stopped moving</source>
        <translation>Не получен: трек не обновляется</translation>
    </message>
    <message>
        <source>Not received: sent to the wrong address</source>
        <translation>Не получен: отправлен не по тому адресу</translation>
    </message>
    <message>
        <source>Not received: delivery period ending</source>
        <translation>Не получен: истекает срок доставки</translation>
    </message>
    <message>
        <source>Not received: returned to the sender</source>
        <translation>Не получен: возвращён отправителю</translation>
    </message>
    <message>
        <source>Not received: held at customs</source>
        <translation>Не получен: задержан на таможне</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <source>Defective, doesn&apos;t work</source>
        <translation>Бракованный, не работает</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Товар повреждён</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Прислан не тот товар</translation>
    </message>
    <message>
        <source>Fewer items than ordered</source>
        <translation>Пришло меньше, чем заказано</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Подделка</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Пустая посылка</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Передумал(а)</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Нашёл(ла) дешевле</translation>
    </message>
    <message>
        <source>Seller out of stock</source>
        <translation>Нет в наличии у продавца</translation>
    </message>
    <message>
        <source>Seller raised the price</source>
        <translation>Продавец поднял цену</translation>
    </message>
    <message>
        <source>The seller asked for it</source>
        <translation>Попросил продавец</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Полный возврат</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Частичный возврат</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отказано</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>taken %1</source>
        <translation>снято %1</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Фото и видео (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Фото (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Видео (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Add photos and videos</source>
        <translation>Добавить фото и видео</translation>
    </message>
    <message numerus="yes">
        <source>Adding files to order %1: %n…</source>
        <translation>
            <numerusform>Добавление файлов к заказу %1: %n…</numerusform>
            <numerusform>Добавление файлов к заказу %1: %n…</numerusform>
            <numerusform>Добавление файлов к заказу %1: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence to order %1</source>
        <translation>Добавить доказательства к заказу %1</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Ничего не добавлено: %1</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Добавление доказательств</translation>
    </message>
    <message numerus="yes">
        <source>Checking and storing %n file(s) for order %1…</source>
        <translation>
            <numerusform>Проверка и сохранение %n файла для заказа %1…</numerusform>
            <numerusform>Проверка и сохранение %n файлов для заказа %1…</numerusform>
            <numerusform>Проверка и сохранение %n файлов для заказа %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Переместить %1 в корзину</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>В буфере обмена нет изображения или файла для добавления.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. Undo with %2.</source>
        <translation>Файл %1 перемещён в корзину. Отменить: %2.</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Воспроизвести видео</translation>
    </message>
    <message>
        <source>No program opened %1.</source>
        <translation>Ни одна программа не открыла %1.</translation>
    </message>
    <message>
        <source>Make the case pack in…</source>
        <translation>Создать пакет для спора в…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation>Не удалось создать папку %1: %2</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Пакет для спора</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Case pack %1</source>
        <translation>Пакет для спора %1</translation>
    </message>
    <message>
        <source>Making the case pack for order %1…</source>
        <translation>Создание пакета для спора по заказу %1…</translation>
    </message>
    <message>
        <source>Case pack of order %1</source>
        <translation>Пакет для спора по заказу %1</translation>
    </message>
    <message>
        <source>No case pack was made: %1</source>
        <translation>Пакет для спора не создан: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Добавить &amp;фото…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order as evidence</source>
        <translation>Добавить к заказу фото или видео в качестве доказательств</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Вставить фото</translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard to the order</source>
        <translation>Добавить к заказу изображение или файлы из буфера обмена</translation>
    </message>
    <message>
        <source>Show &amp;gallery…</source>
        <translation>Показать &amp;галерею…</translation>
    </message>
    <message>
        <source>Make case &amp;pack…</source>
        <translation>Создать &amp;пакет для спора…</translation>
    </message>
    <message>
        <source>A PDF case file and upload-ready photo copies in a folder</source>
        <translation>PDF-сводка по спору и готовые к загрузке копии фото в одной папке</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Evidence of the order</source>
        <translation>Доказательства по заказу</translation>
    </message>
    <message>
        <source>Drop photos or videos here, or paste with Ctrl+V.</source>
        <translation>Перетащите сюда фото или видео или вставьте их через Ctrl+V.</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Добавить &amp;фото…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Добавить к заказу фото или видео</translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation>&amp;Галерея…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Открыть галерею доказательств</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos attached to this order: %n.</source>
        <translation>
            <numerusform>Фото и видео в этом заказе: %n.</numerusform>
            <numerusform>Фото и видео в этом заказе: %n.</numerusform>
            <numerusform>Фото и видео в этом заказе: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos or videos attached to this order yet.</source>
        <translation>К заказу пока не прикреплено ни фото, ни видео.</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>Evidence — order %1</source>
        <translation>Доказательства — заказ %1</translation>
    </message>
    <message>
        <source>Evidence gallery</source>
        <translation>Галерея доказательств</translation>
    </message>
    <message>
        <source>Add a caption: what the photo shows</source>
        <translation>Добавьте подпись: что показано на фото</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>All photos and videos</source>
        <translation>Все фото и видео</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Фото пока нет — перетащите сюда файлы или вставьте снимок экрана (Ctrl+V)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>Воспроизвести…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Tick what you have. Keep these ready to upload on the dispute form.</source>
        <translation>Отметьте то, что у вас есть. Держите это наготове, чтобы загрузить в форму спора.</translation>
    </message>
    <message>
        <source>Evidence ready</source>
        <translation>Готовые доказательства</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready.</source>
        <translation>
            <numerusform>Готово: %1 из %n.</numerusform>
            <numerusform>Готово: %1 из %n.</numerusform>
            <numerusform>Готово: %1 из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing special to prepare for this reason.</source>
        <translation>Для этой причины ничего особенного готовить не нужно.</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Добавить к заказу фото или видео</translation>
    </message>
    <message>
        <source>Add photos or videos (or drop files here, or paste with Ctrl+V)</source>
        <translation>Добавить фото или видео (или перетащите файлы сюда, или вставьте через Ctrl+V)</translation>
    </message>
    <message>
        <source>Gallery…</source>
        <translation>Галерея…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Открыть галерею доказательств</translation>
    </message>
    <message>
        <source>Show the removed photos and videos</source>
        <translation>Показать удалённые фото и видео</translation>
    </message>
    <message>
        <source>Photos and videos of the order</source>
        <translation>Фото и видео заказа</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Фото пока нет — перетащите сюда файлы или вставьте снимок экрана (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos: %n</source>
        <translation>
            <numerusform>Фото и видео: %n</numerusform>
            <numerusform>Фото и видео: %n</numerusform>
            <numerusform>Фото и видео: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Фото и видео</translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation>Нет фото и видео.</translation>
    </message>
    <message>
        <source>Removed (%1)…</source>
        <translation>Удалённые (%1)…</translation>
    </message>
</context>
<context>
    <name>EvidenceTrashDialog</name>
    <message>
        <source>Removed photos and videos of %1</source>
        <translation>Удалённые фото и видео заказа %1</translation>
    </message>
    <message>
        <source>Choose what to bring back to the order.</source>
        <translation>Выберите, что вернуть в заказ.</translation>
    </message>
    <message>
        <source>Photos and videos in the trash</source>
        <translation>Фото и видео в корзине</translation>
    </message>
    <message>
        <source>Nothing of this order is in the trash.</source>
        <translation>В корзине нет ничего из этого заказа.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the chosen photos and videos</source>
        <translation>Восстановить выбранные фото и видео</translation>
    </message>
    <message>
        <source>(removed %1)</source>
        <translation>(удалено %1)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Orders as &amp;CSV…</source>
        <translation>Заказы в &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Всё в &amp;JSON…</translation>
    </message>
    <message>
        <source>Deadlines as calendar (&amp;ICS)…</source>
        <translation>Сроки в &amp;календарь (ICS)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %n заказ в %1</numerusform>
            <numerusform>Экспортировано %n заказа в %1</numerusform>
            <numerusform>Экспортировано %n заказов в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) with their history to %1</source>
        <translation>
            <numerusform>Экспортирован %n заказ с историей в %1</numerusform>
            <numerusform>Экспортировано %n заказа с историей в %1</numerusform>
            <numerusform>Экспортировано %n заказов с историей в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to the calendar file %1</source>
        <translation>
            <numerusform>Экспортирован %n срок в файл календаря %1</numerusform>
            <numerusform>Экспортировано %n срока в файл календаря %1</numerusform>
            <numerusform>Экспортировано %n сроков в файл календаря %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of your data in another format</source>
        <translation>Сохранить копию данных в другом формате</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>What did you do?</source>
        <translation>Что вы сделали?</translation>
    </message>
    <message>
        <source>Choose what happened. Finish records it on the order&apos;s timeline, and the app then counts down to what comes next.</source>
        <translation>Выберите, что произошло. «Завершить» запишет это в хронологию заказа, и приложение начнёт отсчёт до следующего шага.</translation>
    </message>
    <message>
        <source>I pressed Cancel order (requested cancellation)</source>
        <translation>Я нажал(а) «Отменить заказ» (запросил(а) отмену)</translation>
    </message>
    <message>
        <source>The seller approved the cancellation</source>
        <translation>Продавец одобрил отмену</translation>
    </message>
    <message>
        <source>The seller refused</source>
        <translation>Продавец отказал</translation>
    </message>
    <message>
        <source>The seller says it has shipped</source>
        <translation>Продавец говорит, что уже отправил заказ</translation>
    </message>
    <message>
        <source>I cancelled it on the order page</source>
        <translation>Я отменил(а) заказ на странице заказа</translation>
    </message>
    <message>
        <source>The money arrived</source>
        <translation>Деньги вернулись</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Что произошло?</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Пока ничего</translation>
    </message>
    <message>
        <source>Finish records: %1.</source>
        <translation>«Завершить» запишет: %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded. Open this wizard again when something happens.</source>
        <translation>Ничего не записано. Откройте этот мастер снова, когда что-нибудь произойдёт.</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>How to use Dispute Desk, step by step</source>
        <translation>Как пользоваться Dispute Desk, шаг за шагом</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>The folder with the log to attach to a problem report</source>
        <translation>Папка с журналом, который нужно приложить к сообщению о проблеме</translation>
    </message>
    <message>
        <source>&amp;About Dispute Desk</source>
        <translation>&amp;О программе Dispute Desk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Вы&amp;брать файл…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выбрать файл для импорта</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Определить по содержимому</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Кодировка текста файла</translation>
    </message>
    <message>
        <source>If the titles look garbled in the preview, choose the encoding the file was saved in</source>
        <translation>Если в предпросмотре названия выглядят как «кракозябры», выберите кодировку, в которой был сохранён файл</translation>
    </message>
    <message>
        <source>Currency for prices that name none</source>
        <translation>Валюта для цен без указания валюты</translation>
    </message>
    <message>
        <source>&amp;Remember as my default</source>
        <translation>&amp;Запомнить по умолчанию</translation>
    </message>
    <message>
        <source>Use this currency for prices that name none in later imports too</source>
        <translation>Использовать эту валюту для цен без указания валюты и при следующих импортах</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Выберите файл, чтобы увидеть его содержимое.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Что сделает импорт</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported:</source>
        <translation>Строки, которые нельзя импортировать:</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, with their line numbers</source>
        <translation>Строки, которые нельзя импортировать, с номерами строк</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Импортировать заказы</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Stop the import; nothing is imported</source>
        <translation>Остановить импорт; ничего не будет импортировано</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;All files (*)</source>
        <translation>Файлы заказов (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>from the settings (%1)</source>
        <translation>из настроек (%1)</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be saved.</source>
        <translation>Отмена… ничего из этого импорта не будет сохранено.</translation>
    </message>
    <message>
        <source>Detect from the content (found: %1)</source>
        <translation>Определить по содержимому (найдено: %1)</translation>
    </message>
    <message>
        <source>%1, read as %2</source>
        <translation>%1, прочитано как %2</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
        <translation>%1: добавить — %2, обновить — %3, без изменений — %4, пропустить — %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file can&apos;t be read (listed below).</source>
        <translation>
            <numerusform>%n строку файла не удаётся прочитать (список ниже).</numerusform>
            <numerusform>%n строки файла не удаётся прочитать (список ниже).</numerusform>
            <numerusform>%n строк файла не удаётся прочитать (список ниже).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Готово: добавлено — %1, обновлено — %2, без изменений — %3, пропущено — %4.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Lines %1 of the file</source>
        <translation>Строки файла: %1</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>Stores to avoid in this file</source>
        <translation>Магазины, которых стоит избегать, в этом файле</translation>
    </message>
    <message numerus="yes">
        <source>From stores you marked to avoid: %1 (%n order(s) to add).</source>
        <translation>
            <numerusform>Из магазинов, которые вы отметили как нежелательные: %1 (будет добавлен %n заказ).</numerusform>
            <numerusform>Из магазинов, которые вы отметили как нежелательные: %1 (будет добавлено %n заказа).</numerusform>
            <numerusform>Из магазинов, которые вы отметили как нежелательные: %1 (будет добавлено %n заказов).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTabs</name>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation>&amp;Магазины</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
</context>
<context>
    <name>ItemsSection</name>
    <message>
        <source>Items and their disputes</source>
        <translation>Товары и споры по ним</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Refunded in all: %1 of %2</source>
        <translation>Всего возвращено: %1 из %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (× %2)</source>
        <translation>%1 (× %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In the dispute about the whole order</source>
        <translation>В споре по всему заказу</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Возврат получен: %1</translation>
    </message>
    <message>
        <source>%1, asked %2</source>
        <translation>%1, запрошено %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 на сумму %2</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>The language of the window, and of the dates, numbers and amounts in it. By default Dispute Desk speaks your system&apos;s language when it knows it, else English.</source>
        <translation>Язык окна, а также дат, чисел и сумм в нём. По умолчанию Dispute Desk использует язык системы, если знает его, а иначе — английский.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>При смене языка</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Dispute Desk speaks %1 from its next start: close it and open it again.</source>
        <translation>Язык «%1» будет включён при следующем запуске Dispute Desk: закройте приложение и откройте его снова.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation>Выберите заказ, чтобы увидеть его сроки и историю.</translation>
    </message>
    <message>
        <source>Loading sample orders…</source>
        <translation>Загрузка примеров заказов…</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Отменено: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Повторено: %1.</translation>
    </message>
    <message>
        <source>Quit Dispute Desk</source>
        <translation>Выход из Dispute Desk</translation>
    </message>
    <message>
        <source>Something you typed has not been saved yet. Quit anyway and lose it?</source>
        <translation>Часть введённого ещё не сохранена. Всё равно выйти и потерять это?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import orders from an export file or e-mails</source>
        <translation>Импорт заказов из файла экспорта или писем</translation>
    </message>
    <message>
        <source>Add from order &amp;page text…</source>
        <translation>Добавить по тексту &amp;страницы заказа…</translation>
    </message>
    <message>
        <source>Paste an order page and add the order</source>
        <translation>Вставить страницу заказа и добавить заказ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Новый заказ…</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Добавить заказ</translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation>&amp;Изменить заказ…</translation>
    </message>
    <message>
        <source>Open &amp;dispute…</source>
        <translation>Открыть &amp;спор…</translation>
    </message>
    <message>
        <source>Check whether a dispute can be opened, and prepare it</source>
        <translation>Проверить, можно ли открыть спор, и подготовить его</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Отменить заказ…</translation>
    </message>
    <message>
        <source>What to do to cancel the order, step by step</source>
        <translation>Что сделать, чтобы отменить заказ, шаг за шагом</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>Открыть &amp;заказ</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Удалить примеры заказов</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказ</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message to the seller</source>
        <translation>Сообщение продавцу</translation>
    </message>
    <message>
        <source>Send it in the chat on the order page. Edit the draft as you like.</source>
        <translation>Отправьте его в чате на странице заказа. Черновик можно изменить как угодно.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat with the seller.</source>
        <translation>Скопировано. Вставьте в чат с продавцом.</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>О номере заказа</translation>
    </message>
    <message>
        <source>The draft names your order number, %1, so the seller finds the order.</source>
        <translation>В черновике указан номер вашего заказа, %1, чтобы продавец нашёл заказ.</translation>
    </message>
    <message>
        <source>The draft no longer names your order number, %1: the seller needs it.</source>
        <translation>В черновике больше нет номера вашего заказа, %1, а он нужен продавцу.</translation>
    </message>
</context>
<context>
    <name>NumbersTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Копировать &amp;всю таблицу</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n order(s) to the trash. Undo with %1.</source>
        <translation>
            <numerusform>%n заказ перемещён в корзину. Отменить: %1.</numerusform>
            <numerusform>%n заказа перемещено в корзину. Отменить: %1.</numerusform>
            <numerusform>%n заказов перемещено в корзину. Отменить: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Сведения о заказе</translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation>Выберите заказ, чтобы увидеть его сроки и историю.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Записать, что произошло</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>Копировать номер заказа</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the order</source>
        <translation>Изменить заказ</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <source>Move the order to the trash</source>
        <translation>Переместить заказ в корзину</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the order from the trash</source>
        <translation>Восстановить заказ из корзины</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Отменить заказ…</translation>
    </message>
    <message>
        <source>Guide: cancel this order</source>
        <translation>Мастер: отмена этого заказа</translation>
    </message>
    <message>
        <source>What to do to cancel this order, and what happens next</source>
        <translation>Что сделать, чтобы отменить этот заказ, и что будет дальше</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>A note for the timeline: what the seller said, a promise…</source>
        <translation>Заметка для хронологии: что сказал продавец, что пообещал…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Add the note to the timeline</source>
        <translation>Добавить заметку в хронологию</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation>Добавить заметку в хронологию (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>No other open deadlines: the dispute&apos;s dates are above.</source>
        <translation>Других открытых сроков нет: даты спора указаны выше.</translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <translation>%1 · в корзине</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Магазин: %1</translation>
    </message>
    <message>
        <source>Total: %1 · paid by %2</source>
        <translation>Сумма: %1 · оплата: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <source>Restore the order to record what happened.</source>
        <translation>Восстановите заказ, чтобы записать, что произошло.</translation>
    </message>
    <message>
        <source>Nothing to record right now.</source>
        <translation>Сейчас записывать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more item(s)</source>
        <translation>
            <numerusform>• и ещё %n товар</numerusform>
            <numerusform>• и ещё %n товара</numerusform>
            <numerusform>• и ещё %n товаров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>What you typed in this dialog will be lost.</source>
        <translation>Всё, что вы ввели в этом окне, будет потеряно.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Электронный кошелёк</translation>
    </message>
    <message>
        <source>Marketplace balance</source>
        <translation>Баланс площадки</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Добавить заказ</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Изменить заказ %1</translation>
    </message>
    <message>
        <source>e.g. 8196543210987654</source>
        <translation>напр. 8196543210987654</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>О номере заказа</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>&amp;Номер заказа</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Магазин</translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation>Что вы заказали</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Назв&amp;ание</translation>
    </message>
    <message>
        <source>e.g. &quot;US $12.34&quot; or &quot;12,34&quot;</source>
        <translation>напр. «US $12.34» или «12,34»</translation>
    </message>
    <message>
        <source>Total as read</source>
        <translation>Распознанная сумма</translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation>С&amp;умма</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>&amp;Payment method</source>
        <translation>&amp;Способ оплаты</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Pai&amp;d</source>
        <translation>&amp;Оплачен</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Change it in Settings → Rules. Countdowns are exact in any zone.</source>
        <translation>Изменить можно в «Настройки → Правила сроков». Таймеры точны в любом часовом поясе.</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Таймер отправки</translation>
    </message>
    <message>
        <source>Ship-&amp;by countdown</source>
        <translation>&amp;Таймер отправки</translation>
    </message>
    <message>
        <source>Ordered &amp;at</source>
        <translation>&amp;Дата заказа</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Срок о&amp;бработки</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Dates as on the order page, in this computer&apos;s time zone (%1).</source>
        <translation>Даты как на странице заказа, в часовом поясе этого компьютера (%1).</translation>
    </message>
    <message>
        <source>Dates as on the order page, in %1 (%2).</source>
        <translation>Даты как на странице заказа, в часовом поясе %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the total.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>The order date is in the future.</source>
        <translation>Дата заказа в будущем.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>Время оплаты в будущем.</translation>
    </message>
    <message>
        <source>The payment time is before the order time.</source>
        <translation>Время оплаты раньше времени заказа.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>Введите название магазина.</translation>
    </message>
    <message>
        <source>Enter what you ordered.</source>
        <translation>Введите, что вы заказали.</translation>
    </message>
    <message>
        <source>Enter a currency code such as USD or EUR.</source>
        <translation>Введите код валюты, например USD или EUR.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use an ISO code such as USD or EUR.</source>
        <translation>Неизвестная валюта «%1»: используйте код ISO, например USD или EUR.</translation>
    </message>
    <message>
        <source>To save: %1</source>
        <translation>Чтобы сохранить: %1</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due within 48 hours</source>
        <translation>Истекает в течение 48 часов</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Истекает в течение 7 дней</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Истекает в течение 14 дней</translation>
    </message>
    <message>
        <source>More than 14 days left</source>
        <translation>Осталось больше 14 дней</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Waiting, nothing to do</source>
        <translation>Ожидание, делать ничего не нужно</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Нет открытых сроков</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1: %2, срок %3</translation>
    </message>
    <message>
        <source>Sample order (made up)</source>
        <translation>Пример заказа (вымышленный)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n items</source>
        <translation>
            <numerusform>%1 · %n товар</numerusform>
            <numerusform>%1 · %n товара</numerusform>
            <numerusform>%1 · %n товаров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListPanel</name>
    <message>
        <source>Order views</source>
        <translation>Разделы заказов</translation>
    </message>
    <message>
        <source>Search order, store, title, tracking</source>
        <translation>Поиск: заказ, магазин, название, трек-номер</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Поиск заказов</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search all orders</source>
        <translation>Искать во всех заказах</translation>
    </message>
    <message>
        <source>No orders match “%1”.</source>
        <translation>Нет заказов по запросу «%1».</translation>
    </message>
    <message>
        <source>No orders in %1 match “%2”.</source>
        <translation>В разделе «%1» нет заказов по запросу «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Other views hold %n matching order(s).</source>
        <translation>
            <numerusform>В других разделах найден %n подходящий заказ.</numerusform>
            <numerusform>В других разделах найдено %n подходящих заказа.</numerusform>
            <numerusform>В других разделах найдено %n подходящих заказов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Ничего не требует вашего внимания.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation>В разделе «%1» нет заказов.</translation>
    </message>
</context>
<context>
    <name>OrderNumber</name>
    <message>
        <source>Enter the order number.</source>
        <translation>Введите номер заказа.</translation>
    </message>
    <message>
        <source>The number contains a line break, a tab or another invisible character.</source>
        <translation>Номер содержит перевод строки, табуляцию или другой невидимый символ.</translation>
    </message>
    <message>
        <source>The number contains a space: copy the number alone.</source>
        <translation>Номер содержит пробел: скопируйте только сам номер.</translation>
    </message>
    <message>
        <source>An order number can&apos;t contain / or \ or ..</source>
        <translation>Номер заказа не может содержать / или \ или ..</translation>
    </message>
    <message>
        <source>An order number has only letters, digits, - and _; this one has “%1”.</source>
        <translation>Номер заказа может содержать только буквы, цифры, - и _, а в этом есть «%1».</translation>
    </message>
    <message>
        <source>Not an AliExpress order number (those have %1 to %2 digits); fine if it is from another shop.</source>
        <translation>Это не номер заказа AliExpress (в них от %1 до %2 цифр); если заказ из другого магазина, всё в порядке.</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>%1 (no room at this width)</source>
        <translation>%1 (не помещается при этой ширине)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Time left until the order&apos;s next deadline</source>
        <translation>Время до ближайшего срока заказа</translation>
    </message>
</context>
<context>
    <name>PasteOrderDialog</name>
    <message>
        <source>Add an order from its page</source>
        <translation>Добавить заказ со страницы заказа</translation>
    </message>
    <message>
        <source>Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. What is recognized shows on the right; check it and fill in what is missing.</source>
        <translation>Откройте заказ на AliExpress, выделите всю страницу (Ctrl+A), скопируйте и вставьте сюда. Распознанное появится справа; проверьте его и заполните недостающее.</translation>
    </message>
    <message>
        <source>Paste the order page here</source>
        <translation>Вставьте сюда страницу заказа</translation>
    </message>
    <message>
        <source>Pasted order page text</source>
        <translation>Вставленный текст страницы заказа</translation>
    </message>
    <message>
        <source>What was recognized</source>
        <translation>Что распознано</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Распознано</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Чего ещё не хватает</translation>
    </message>
    <message>
        <source>&amp;Add order</source>
        <translation>Добавить за&amp;каз</translation>
    </message>
    <message>
        <source>Add the order</source>
        <translation>Добавить заказ</translation>
    </message>
    <message>
        <source>Timer on the page: %1</source>
        <translation>Таймер на странице: %1</translation>
    </message>
    <message>
        <source>Payment method on the page: %1</source>
        <translation>Способ оплаты на странице: %1</translation>
    </message>
    <message>
        <source>Nothing recognized yet.</source>
        <translation>Пока ничего не распознано.</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <source>store</source>
        <translation>магазин</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>total</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>дата заказа</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Ещё нужно: %1</translation>
    </message>
</context>
<context>
    <name>PastedFields</name>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Номер заказа:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Магазин:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Назв&amp;ание:</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Or&amp;dered on:</source>
        <translation>&amp;Дата заказа:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>Дата &amp;оплаты:</translation>
    </message>
    <message>
        <source>Trac&amp;king number:</source>
        <translation>&amp;Трек-номер:</translation>
    </message>
    <message>
        <source>Carr&amp;ier:</source>
        <translation>Слу&amp;жба доставки:</translation>
    </message>
    <message>
        <source>the store&apos;s name</source>
        <translation>название магазина</translation>
    </message>
    <message>
        <source>what you bought</source>
        <translation>что вы купили</translation>
    </message>
    <message>
        <source>not paid yet, or not shown</source>
        <translation>ещё не оплачен или не указано</translation>
    </message>
    <message>
        <source>not shipped yet, or not shown</source>
        <translation>ещё не отправлен или не указано</translation>
    </message>
    <message>
        <source>Status on the page</source>
        <translation>Статус на странице</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Нет таймера</translation>
    </message>
    <message>
        <source>Buyer protection ends (delivery confirmation)</source>
        <translation>Окончание защиты покупателя (подтверждение получения)</translation>
    </message>
    <message>
        <source>The seller must ship by</source>
        <translation>Продавец должен отправить до</translation>
    </message>
    <message>
        <source>What the countdown counts down to</source>
        <translation>До чего идёт отсчёт таймера</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Таймер на странице заказа</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>Та&amp;ймер:</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation>&amp;Способ оплаты:</translation>
    </message>
    <message>
        <source>Processing time in days</source>
        <translation>Срок обработки в днях</translation>
    </message>
    <message>
        <source>Processin&amp;g time:</source>
        <translation>Срок о&amp;бработки:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>ProcessingTimeField</name>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>В днях</translation>
    </message>
    <message>
        <source>Ship-by countdown on the order page</source>
        <translation>Таймер отправки на странице заказа</translation>
    </message>
    <message>
        <source>Processing time is given as</source>
        <translation>Как указан срок обработки</translation>
    </message>
    <message>
        <source>Processing days</source>
        <translation>Дней на обработку</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Таймер отправки</translation>
    </message>
    <message>
        <source>Enter the ship-by countdown, or choose another way to give the processing time.</source>
        <translation>Введите таймер отправки или выберите другой способ указать срок обработки.</translation>
    </message>
</context>
<context>
    <name>ProtectionField</name>
    <message>
        <source>Protection given as</source>
        <translation>Как указана защита</translation>
    </message>
    <message>
        <source>Protection countdown</source>
        <translation>Таймер защиты</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now, not from when it happened.</source>
        <translation>Как показывает страница заказа сейчас; отсчёт от текущего момента, а не от времени события.</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Окончание защиты</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Продление в днях</translation>
    </message>
    <message>
        <source>Enter the countdown the order page shows.</source>
        <translation>Введите таймер, который показывает страница заказа.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>“%1” is not a rate (try %2).</source>
        <translation>«%1» — некорректный курс (пример: %2).</translation>
    </message>
    <message>
        <source>A rate must be a positive number.</source>
        <translation>Курс должен быть положительным числом.</translation>
    </message>
    <message>
        <source>Statistics show money per currency and never add currencies together. If you enter rates to a home currency here, they also show an estimated total in it, marked as converted. A rate applies from its date until the next one; nothing is fetched online. Changes here are saved as soon as you make them.</source>
        <translation>Статистика показывает суммы в каждой валюте отдельно и никогда не складывает разные валюты. Если указать здесь курсы к основной валюте, статистика покажет и примерную общую сумму в ней с пометкой «пересчитано». Курс действует со своей даты до следующего; из интернета ничего не загружается. Изменения здесь сохраняются сразу.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Основная валюта</translation>
    </message>
    <message>
        <source>None (no converted totals)</source>
        <translation>Нет (без пересчёта)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <source>Currency of the new rate</source>
        <translation>Валюта нового курса</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rate: home currency units for one unit</source>
        <translation>Курс: единиц основной валюты за одну единицу</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Добавить курс</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Удалить курс</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>&amp;Основная валюта:</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Choose a home currency to enter rates.</source>
        <translation>Выберите основную валюту, чтобы вводить курсы.</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation>Сохранено: 1 %1 = %2 %3 с %4.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Удалено.</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Что пошло не так?</translation>
    </message>
    <message>
        <source>Order %1 from %2: %3.</source>
        <translation>Заказ %1 в магазине %2: %3.</translation>
    </message>
    <message>
        <source>Did the parcel arrive?</source>
        <translation>Посылка пришла?</translation>
    </message>
    <message>
        <source>No, I &amp;haven&apos;t received it</source>
        <translation>Нет, я &amp;не получил(а) её</translation>
    </message>
    <message>
        <source>&amp;Yes, but something is wrong with it</source>
        <translation>Д&amp;а, но с товаром что-то не так</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Не получен</translation>
    </message>
    <message>
        <source>Received with a problem</source>
        <translation>Получен с проблемой</translation>
    </message>
    <message>
        <source>What exactly?</source>
        <translation>Что именно?</translation>
    </message>
    <message>
        <source>Which item is it about?</source>
        <translation>К какому товару относится спор?</translation>
    </message>
    <message>
        <source>The &amp;whole order (the same dispute for every item)</source>
        <translation>&amp;Весь заказ (один спор на все товары)</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Весь заказ</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Товар %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message>
        <source>What do you ask for?</source>
        <translation>Что вы запрашиваете?</translation>
    </message>
    <message>
        <source>The order total is %1.</source>
        <translation>Сумма заказа: %1.</translation>
    </message>
    <message>
        <source>&amp;Full refund: %1</source>
        <translation>&amp;Полный возврат: %1</translation>
    </message>
    <message>
        <source>&amp;Partial refund:</source>
        <translation>&amp;Частичный возврат:</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Полный возврат</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Частичный возврат</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Сумма в %1</translation>
    </message>
    <message>
        <source>Partial refund amount in %1</source>
        <translation>Сумма частичного возврата в %1</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Проблема с суммой</translation>
    </message>
    <message>
        <source>&amp;Return the item (for a full refund)</source>
        <translation>&amp;Вернуть товар (при полном возврате)</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Вернуть товар</translation>
    </message>
    <message>
        <source>Usual outcome</source>
        <translation>Обычный исход</translation>
    </message>
    <message>
        <source>Item %1 cost %2.</source>
        <translation>Товар %1 стоит %2.</translation>
    </message>
    <message>
        <source>Usually: a full refund.</source>
        <translation>Обычно: полный возврат средств.</translation>
    </message>
    <message>
        <source>Usually: a partial refund while you keep the item, or a full refund if you send it back.</source>
        <translation>Обычно: частичный возврат, если товар остаётся у вас, или полный возврат, если вы отправите его обратно.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>Это больше суммы заказа (%1).</translation>
    </message>
    <message>
        <source>That is more than the item cost, %1.</source>
        <translation>Это больше стоимости товара (%1).</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Dispute Desk is still running</source>
        <translation>Dispute Desk продолжает работать</translation>
    </message>
    <message>
        <source>It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray&apos;s menu.</source>
        <translation>Приложение напоминает о сроках из трея. Чтобы выйти, выберите «Выход» в меню значка в трее.</translation>
    </message>
    <message>
        <source>%1: order %2</source>
        <translation>%1: заказ %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Open Dispute Desk</source>
        <translation>&amp;Открыть Dispute Desk</translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Приостановить напоминания на 1 &amp;час</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Приостановить напоминания до &amp;завтра</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Возоб&amp;новить напоминания</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message numerus="yes">
        <source>Dispute Desk: %n order(s) needing attention</source>
        <translation>
            <numerusform>Dispute Desk: %n заказ требует внимания</numerusform>
            <numerusform>Dispute Desk: %n заказа требуют внимания</numerusform>
            <numerusform>Dispute Desk: %n заказов требуют внимания</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Напоминания приостановлены до %1</translation>
    </message>
    <message>
        <source>%1 – %2 in %3</source>
        <translation>%1 – %2 через %3</translation>
    </message>
    <message>
        <source>No deadline within a week</source>
        <translation>Нет сроков в ближайшую неделю</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>Возоб&amp;новить напоминания (приостановлены до %1)</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Remind me of deadlines with desktop &amp;notifications</source>
        <translation>Напоминать о сроках &amp;уведомлениями на рабочем столе</translation>
    </message>
    <message>
        <source>Remind me this long before a deadline</source>
        <translation>За сколько до срока напоминать</translation>
    </message>
    <message>
        <source>Durations such as 7d, 48h, 90m, separated by commas</source>
        <translation>Длительности через запятую, например 7d, 48h, 90m (d — дни, h — часы, m — минуты)</translation>
    </message>
    <message>
        <source>Each deadline is reminded once at each of these times before it. When several have passed at once (the computer was off), only the shortest is sent.</source>
        <translation>О каждом сроке напоминание приходит один раз в каждый из этих моментов. Если несколько моментов прошли сразу (компьютер был выключен), приходит только самое близкое к сроку.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Тихие часы с</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Начало тихих часов</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Конец тихих часов</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Reminders wait until quiet hours end, unless a deadline would pass before.</source>
        <translation>Напоминания ждут окончания тихих часов, если только срок не истечёт раньше.</translation>
    </message>
    <message>
        <source>Remind me &amp;before a deadline:</source>
        <translation>Напоминать &amp;до срока за:</translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation>Трей и вход в систему</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>&amp;Оставаться в трее, когда окно закрыто</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons.</source>
        <translation>Этот рабочий стол не показывает значки в трее.</translation>
    </message>
    <message>
        <source>Start Dispute Desk when I &amp;log in (in the tray)</source>
        <translation>Запускать Dispute Desk при в&amp;ходе в систему (в трее)</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>Недоступно в этой системе.</translation>
    </message>
    <message>
        <source>While Dispute Desk is closed</source>
        <translation>Когда Dispute Desk закрыт</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, run this once in a command prompt:</source>
        <translation>Чтобы получать напоминания каждые 15 минут, когда приложение закрыто, один раз выполните эту команду в командной строке:</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, add this line to your crontab (crontab -e):</source>
        <translation>Чтобы получать напоминания каждые 15 минут, когда приложение закрыто, добавьте эту строку в crontab (crontab -e):</translation>
    </message>
    <message>
        <source>The line to install</source>
        <translation>Строка для установки</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the line to install</source>
        <translation>Копировать строку для установки</translation>
    </message>
    <message>
        <source>Or let systemd run it:</source>
        <translation>Или пусть её запускает systemd:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Keep a calendar &amp;file of the deadlines for my calendar app</source>
        <translation>Вести &amp;файл календаря со сроками для моего календаря</translation>
    </message>
    <message>
        <source>Subscribe to this file in your calendar app: it is rewritten whenever a deadline changes, with alarms at the times above.</source>
        <translation>Подпишитесь на этот файл в своём календаре: он перезаписывается при каждом изменении срока, с напоминаниями в указанное выше время.</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>Файл календаря</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Коп&amp;ировать</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s location</source>
        <translation>Копировать путь к файлу календаря</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Запись: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Remove the systemd &amp;timer</source>
        <translation>Удалить тай&amp;мер systemd</translation>
    </message>
    <message>
        <source>Install a systemd &amp;timer</source>
        <translation>Установить тай&amp;мер systemd</translation>
    </message>
    <message>
        <source>Installed: systemd runs the reminders every 15 minutes (%1).</source>
        <translation>Установлено: systemd запускает напоминания каждые 15 минут (%1).</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Не установлено.</translation>
    </message>
    <message>
        <source>systemd refused: %1</source>
        <translation>systemd отказал: %1</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <source>Order %1 · %2 · due %3</source>
        <translation>Заказ %1 · %2 · срок %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Открыть заказ %1</translation>
    </message>
    <message>
        <source>Show order %1 in the main window</source>
        <translation>Показать заказ %1 в главном окне</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are looking at sample orders. They are made up and marked as such.</source>
        <translation>Вы смотрите примеры заказов. Они вымышлены и помечены как примеры.</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Удалить примеры заказов</translation>
    </message>
</context>
<context>
    <name>SampleOrders</name>
    <message>
        <source>Remove sample orders</source>
        <translation>Удалить примеры заказов</translation>
    </message>
    <message>
        <source>Remove every sample order? Your own orders stay.</source>
        <translation>Удалить все примеры заказов? Ваши собственные заказы останутся.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings: deadline rules</source>
        <translation>Настройки: правила сроков</translation>
    </message>
    <message>
        <source>Deadlines are worked out from these numbers. They come from the platform&apos;s rules, its help centre and buyers&apos; guides, and sources disagree: if your order page says otherwise, change the value here. Every order&apos;s deadlines are recalculated when you apply.</source>
        <translation>Сроки рассчитываются по этим числам. Они взяты из правил площадки, её справочного центра и руководств для покупателей, а источники расходятся: если на странице вашего заказа указано иное, измените значение здесь. При применении сроки всех заказов пересчитываются.</translation>
    </message>
    <message>
        <source>Deadline &amp;rules</source>
        <translation>&amp;Правила сроков</translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Currencies</source>
        <translation>&amp;Валюты</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Recalculating deadlines</source>
        <translation>Пересчёт сроков</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Состояние настроек</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved; the rest were saved.</source>
        <translation>
            <numerusform>%n значение не удалось сохранить; остальные сохранены.</numerusform>
            <numerusform>%n значения не удалось сохранить; остальные сохранены.</numerusform>
            <numerusform>%n значений не удалось сохранить; остальные сохранены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved.</source>
        <translation>
            <numerusform>%n значение не удалось сохранить.</numerusform>
            <numerusform>%n значения не удалось сохранить.</numerusform>
            <numerusform>%n значений не удалось сохранить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every order&apos;s deadlines were recalculated.</source>
        <translation>Сохранено. Сроки всех заказов пересчитаны.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Recalculating the deadlines of every order…</source>
        <translation>Пересчёт сроков всех заказов…</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>часовой пояс этого компьютера</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Источники расходятся:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(используется)</translation>
    </message>
    <message>
        <source>Source in use: %1</source>
        <translation>Используемый источник: %1</translation>
    </message>
    <message>
        <source>Other source: %1</source>
        <translation>Другой источник: %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>раб. дн.</translation>
    </message>
    <message>
        <source>official</source>
        <translation>официально</translation>
    </message>
    <message>
        <source>Published by the platform in its rules.</source>
        <translation>Опубликовано площадкой в её правилах.</translation>
    </message>
    <message>
        <source>help centre</source>
        <translation>справочный центр</translation>
    </message>
    <message>
        <source>Copied from the platform&apos;s help centre or its support answers.</source>
        <translation>Взято из справочного центра площадки или ответов её поддержки.</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>руководство</translation>
    </message>
    <message>
        <source>From a buyer&apos;s guide or forum; not confirmed by the platform.</source>
        <translation>Из руководства для покупателей или с форума; площадкой не подтверждено.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>максимум %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>%1, at least</source>
        <translation>%1, не менее</translation>
    </message>
    <message>
        <source>%1, at most</source>
        <translation>%1, не более</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>Сбросить к значению по умолчанию: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Source (%2): %1</source>
        <translation>Источник (%2): %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Достоверность: %1</translation>
    </message>
    <message>
        <source>✎ Changed (default: %1)</source>
        <translation>✎ Изменено (по умолчанию: %1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Фильтр по действию или клавише</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dispute Desk is already open with the data folder {folder}, but it does not answer.

Switch to it, or close it (if it hangs, end it in your system&apos;s task manager) and start Dispute Desk again.</source>
        <translation>Dispute Desk уже открыт с папкой данных {folder}, но не отвечает.

Перейдите в него или закройте его (если он завис, завершите его в диспетчере задач) и снова запустите Dispute Desk.</translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>The order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Check that this is the order you want to cancel, then say why.</source>
        <translation>Проверьте, что это тот заказ, который вы хотите отменить, и укажите причину.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation>Я передумал(а)</translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation>Нашёл(ла) дешевле</translation>
    </message>
    <message>
        <source>The seller is out of stock</source>
        <translation>Товара нет в наличии у продавца</translation>
    </message>
    <message>
        <source>The seller raised the price</source>
        <translation>Продавец поднял цену</translation>
    </message>
    <message>
        <source>The seller asked me to cancel</source>
        <translation>Продавец попросил отменить</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Why do you want to cancel?</source>
        <translation>Почему вы хотите отменить заказ?</translation>
    </message>
    <message>
        <source>Choose a reason to see what to do.</source>
        <translation>Выберите причину, чтобы узнать, что делать.</translation>
    </message>
</context>
<context>
    <name>StartupReportDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Пока вас не было</translation>
    </message>
    <message>
        <source>Something was left unfinished when Dispute Desk last stopped.</source>
        <translation>При последней остановке Dispute Desk что-то осталось незавершённым.</translation>
    </message>
    <message>
        <source>Since you last opened Dispute Desk (%1), these deadlines passed or came close.</source>
        <translation>С момента последнего запуска Dispute Desk (%1) эти сроки прошли или приблизились.</translation>
    </message>
    <message>
        <source>These deadlines passed or came close.</source>
        <translation>Эти сроки прошли или приблизились.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue while you were away (%n)</source>
        <translation>
            <numerusform>Просрочено, пока вас не было (%n)</numerusform>
            <numerusform>Просрочено, пока вас не было (%n)</numerusform>
            <numerusform>Просрочено, пока вас не было (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 48 hours (%n)</source>
        <translation>
            <numerusform>Истекает в течение 48 часов (%n)</numerusform>
            <numerusform>Истекает в течение 48 часов (%n)</numerusform>
            <numerusform>Истекает в течение 48 часов (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Закрыть отчёт</translation>
    </message>
    <message>
        <source>The import of %1 started %2 was stopped before it finished. Nothing of it was saved: import the file again.</source>
        <translation>Импорт %1, начатый %2, был прерван. Ничего из него не сохранено: импортируйте файл снова.</translation>
    </message>
    <message>
        <source>The restore from %1 started %2 was stopped before it finished. The data is either as it was before or the whole backup, never a mix: check the list, and restore again if it is not what you expect.</source>
        <translation>Восстановление из %1, начатое %2, было прервано. Данные либо остались прежними, либо полностью взяты из резервной копии — смеси не бывает: проверьте список и восстановите снова, если он не такой, как вы ожидаете.</translation>
    </message>
    <message>
        <source>An upgrade of the data (%1) started %2 was stopped; it was made again when the app started, from the copy kept in the backups folder.</source>
        <translation>Обновление данных (%1), начатое %2, было прервано; оно выполнено заново при запуске приложения из копии, сохранённой в папке резервных копий.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файла</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the “Needs attention” view.</source>
        <translation>
            <numerusform>…и ещё %n: см. раздел «Требуют внимания».</numerusform>
            <numerusform>…и ещё %n: см. раздел «Требуют внимания».</numerusform>
            <numerusform>…и ещё %n: см. раздел «Требуют внимания».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Currency of the money charts</source>
        <translation>Валюта денежных диаграмм</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Все валюты</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Итоги периода</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Пери&amp;од:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>Расходы по месяцам</translation>
    </message>
    <message>
        <source>Money disputed and recovered</source>
        <translation>Оспорено и возвращено</translation>
    </message>
    <message>
        <source>Disputes by reason and outcome</source>
        <translation>Споры по причинам и исходам</translation>
    </message>
    <message>
        <source>Delivery time (days)</source>
        <translation>Срок доставки (дни)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) paid, %1 spent; %2 refunded.</source>
        <translation>
            <numerusform>Оплачен %n заказ, потрачено: %1; возвращено: %2.</numerusform>
            <numerusform>Оплачено %n заказа, потрачено: %1; возвращено: %2.</numerusform>
            <numerusform>Оплачено %n заказов, потрачено: %1; возвращено: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened: %1 won, %2 lost, %3 open, %4 cancelled.</source>
        <translation>
            <numerusform>Открыт %n спор: выиграно — %1, проиграно — %2, открыто — %3, отменено — %4.</numerusform>
            <numerusform>Открыто %n спора: выиграно — %1, проиграно — %2, открыто — %3, отменено — %4.</numerusform>
            <numerusform>Открыто %n споров: выиграно — %1, проиграно — %2, открыто — %3, отменено — %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Deadline summary</source>
        <translation>Сводка по срокам</translation>
    </message>
    <message>
        <source>Nothing overdue or due within 48 hours</source>
        <translation>Нет просроченных сроков и сроков в ближайшие 48 часов</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) overdue or due within 48 hours · at risk: %1</source>
        <translation>
            <numerusform>Просрочено или истекает в течение 48 ч: %n заказ · под угрозой: %1</numerusform>
            <numerusform>Просрочено или истекает в течение 48 ч: %n заказа · под угрозой: %1</numerusform>
            <numerusform>Просрочено или истекает в течение 48 ч: %n заказов · под угрозой: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWarning</name>
    <message>
        <source>Store warning</source>
        <translation>Предупреждение о магазине</translation>
    </message>
</context>
<context>
    <name>StoresView</name>
    <message>
        <source>Filter stores by name</source>
        <translation>Фильтр магазинов по названию</translation>
    </message>
    <message>
        <source>Filter stores</source>
        <translation>Фильтр магазинов</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Изменить за&amp;метку</translation>
    </message>
    <message>
        <source>Edit the note of the selected store</source>
        <translation>Изменить заметку к выбранному магазину</translation>
    </message>
    <message>
        <source>&amp;Avoid this store</source>
        <translation>&amp;Избегать этого магазина</translation>
    </message>
    <message>
        <source>Mark the selected store as one to avoid</source>
        <translation>Отметить выбранный магазин как нежелательный</translation>
    </message>
    <message>
        <source>Show &amp;orders</source>
        <translation>Показать за&amp;казы</translation>
    </message>
    <message>
        <source>Show the orders of the selected store</source>
        <translation>Показать заказы выбранного магазина</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>Reading the stores…</source>
        <translation>Чтение магазинов…</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s).</source>
        <translation>
            <numerusform>%n магазин.</numerusform>
            <numerusform>%n магазина.</numerusform>
            <numerusform>%n магазинов.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Заказов пока нет.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>The dispute text</source>
        <translation>Текст спора</translation>
    </message>
    <message>
        <source>Fill in the […] parts, then paste it into the dispute form.</source>
        <translation>Заполните части в […], затем вставьте текст в форму спора.</translation>
    </message>
    <message>
        <source>Dispute text</source>
        <translation>Текст спора</translation>
    </message>
    <message>
        <source>Copied. Paste it into the dispute form.</source>
        <translation>Скопировано. Вставьте в форму спора.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Dispute Desk user guide</source>
        <translation>Руководство пользователя Dispute Desk</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Для этого заказа и вашей причины, на данный момент.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>The wait is over: press Back, then Next, to see what to do now.</source>
        <translation>Ожидание закончилось: нажмите «Назад», затем «Далее», чтобы узнать, что делать теперь.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>&amp;Ship-by countdown on the order page:</source>
        <translation>&amp;Таймер отправки на странице заказа:</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Таймер отправки</translation>
    </message>
    <message>
        <source>Finish saves this ship-by time on the order.</source>
        <translation>«Завершить» сохранит этот срок отправки в заказе.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Until the unpaid order closes by itself</source>
        <translation>До автоматического закрытия неоплаченного заказа</translation>
    </message>
    <message>
        <source>Until the payment check ends and cancelling becomes possible</source>
        <translation>До конца проверки оплаты, когда станет возможна отмена</translation>
    </message>
    <message>
        <source>Until the seller&apos;s time to ship runs out</source>
        <translation>До истечения срока отправки у продавца</translation>
    </message>
    <message>
        <source>Until the request is approved automatically if the seller stays silent</source>
        <translation>До автоматического одобрения запроса, если продавец не ответит</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>срок отправки у продавца (таймер срока обработки на странице заказа)</translation>
    </message>
    <message>
        <source>when you paid</source>
        <translation>когда вы оплатили</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it: type the countdown the order page shows below, or leave it empty.</source>
        <translation>Неизвестно: %1. Рекомендация не строит догадок: введите ниже таймер со страницы заказа или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it, so check the order page.</source>
        <translation>Неизвестно: %1. Рекомендация не строит догадок, поэтому проверьте страницу заказа.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Шаг %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <source>argument {option}: {problem}</source>
        <translation>аргумент {option}: {problem}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>не указаны обязательные аргументы: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>требуется один из аргументов {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>нераспознанные аргументы: {arguments}</translation>
    </message>
    <message>
        <source>not allowed with argument {option}</source>
        <translation>нельзя использовать вместе с аргументом {option}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не более одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>недопустимое значение: {value} (выберите из: {choices})</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>неоднозначный параметр: {option} может означать {matches}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a folder; choose a file name for the backup</source>
        <translation>{path} — это папка; выберите имя файла для резервной копии</translation>
    </message>
    <message>
        <source>{path} is part of the data being backed up; choose another file</source>
        <translation>{path} входит в копируемые данные; выберите другой файл</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>папка {path} не существует</translation>
    </message>
    <message>
        <source>there is no data to back up in {path}</source>
        <translation>в {path} нет данных для резервного копирования</translation>
    </message>
    <message>
        <source>can&apos;t find a free name for the backup in {path}</source>
        <translation>не удаётся подобрать свободное имя для резервной копии в {path}</translation>
    </message>
    <message>
        <source>not enough free disk space for the backup: the disk holding {path} has {free} free and the backup needs about {needed}; free some space and try again</source>
        <translation>недостаточно места на диске для резервной копии: на диске с {path} свободно {free}, а копии нужно около {needed}; освободите место и повторите попытку</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name (a backup never overwrites a file)</source>
        <translation>{path} уже существует; выберите другое имя (резервная копия никогда не перезаписывает файлы)</translation>
    </message>
    <message>
        <source>{file} is not a file</source>
        <translation>{file} не является файлом</translation>
    </message>
    <message>
        <source>{file} is not a readable zip archive ({reason})</source>
        <translation>{file} не удаётся прочитать как zip-архив ({reason})</translation>
    </message>
    <message>
        <source>{file} holds {count} files, more than a backup can ({max_members})</source>
        <translation>файлов в {file}: {count}, а в резервной копии их может быть не больше {max_members}</translation>
    </message>
    <message>
        <source>{file} has no {manifest}; it is not a Dispute Desk backup</source>
        <translation>в {file} нет {manifest}; это не резервная копия Dispute Desk</translation>
    </message>
    <message>
        <source>{file}: the member name {name} is not a plain path</source>
        <translation>{file}: имя элемента {name} не является простым путём</translation>
    </message>
    <message>
        <source>{file}: {name} is a symbolic link; a backup holds only plain files</source>
        <translation>{file}: {name} — символическая ссылка; в резервной копии могут быть только обычные файлы</translation>
    </message>
    <message>
        <source>{file}: {name} is not a plain file</source>
        <translation>{file}: {name} не является обычным файлом</translation>
    </message>
    <message>
        <source>{file}: unexpected file {name} (not part of a Dispute Desk backup)</source>
        <translation>{file}: лишний файл {name} (не входит в резервную копию Dispute Desk)</translation>
    </message>
    <message>
        <source>{file}: {name} appears twice</source>
        <translation>{file}: {name} встречается дважды</translation>
    </message>
    <message>
        <source>{file}: {name} is encrypted</source>
        <translation>{file}: {name} зашифрован</translation>
    </message>
    <message>
        <source>{file}: {name} uses an unsupported compression method</source>
        <translation>{file}: для {name} используется неподдерживаемый метод сжатия</translation>
    </message>
    <message>
        <source>{file}: {name} would expand more than {max_ratio} times (a zip bomb?); not restoring it</source>
        <translation>{file}: {name} при распаковке увеличится более чем в {max_ratio} раз (zip-бомба?); восстановление не выполняется</translation>
    </message>
    <message>
        <source>{file} would unpack to {total} bytes, more than the {max_total} a backup may hold</source>
        <translation>{file} при распаковке займёт {total} байт — больше допустимых для резервной копии {max_total}</translation>
    </message>
    <message>
        <source>{file}: {name} is an absolute path; a backup holds only relative names</source>
        <translation>{file}: {name} — абсолютный путь; в резервной копии допустимы только относительные имена</translation>
    </message>
    <message>
        <source>{file}: {name} points outside the data folder (&apos;..&apos;)</source>
        <translation>{file}: {name} указывает за пределы папки данных (&apos;..&apos;)</translation>
    </message>
    <message>
        <source>{file}: {manifest} is too large</source>
        <translation>{file}: {manifest} слишком велик</translation>
    </message>
    <message>
        <source>{file}: {manifest} can&apos;t be read ({reason})</source>
        <translation>{file}: не удаётся прочитать {manifest} ({reason})</translation>
    </message>
    <message>
        <source>{file}: the manifest lists no database</source>
        <translation>{file}: в манифесте не указана база данных</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (missing {names})</source>
        <translation>{file} не соответствует своему манифесту (отсутствуют: {names})</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (not in the manifest: {names})</source>
        <translation>{file} не соответствует своему манифесту (нет в манифесте: {names})</translation>
    </message>
    <message>
        <source>{file}: {name} has another size than the manifest says</source>
        <translation>{file}: размер {name} отличается от указанного в манифесте</translation>
    </message>
    <message>
        <source>{file}: {name} is longer than the manifest says</source>
        <translation>{file}: {name} длиннее, чем указано в манифесте</translation>
    </message>
    <message>
        <source>{file}: {name} can&apos;t be read; the archive is damaged ({reason})</source>
        <translation>{file}: не удаётся прочитать {name}; архив повреждён ({reason})</translation>
    </message>
    <message>
        <source>{file}: {name} is shorter than the manifest says; the archive is damaged</source>
        <translation>{file}: {name} короче, чем указано в манифесте; архив повреждён</translation>
    </message>
    <message>
        <source>{file}: {name} does not match its SHA-256 in the manifest; the archive is damaged</source>
        <translation>{file}: {name} не совпадает со своей суммой SHA-256 в манифесте; архив повреждён</translation>
    </message>
    <message>
        <source>{file}: {manifest} is not valid ({what})</source>
        <translation>{file}: {manifest} некорректен ({what})</translation>
    </message>
    <message>
        <source>not a Dispute Desk backup manifest</source>
        <translation>это не манифест резервной копии Dispute Desk</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>нет версии формата</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (backup format {version}); update the app</source>
        <translation>{file} создан более новой версией Dispute Desk (формат копии {version}); обновите приложение</translation>
    </message>
    <message>
        <source>no {key}</source>
        <translation>нет {key}</translation>
    </message>
    <message>
        <source>unknown kind {kind}</source>
        <translation>неизвестный тип {kind}</translation>
    </message>
    <message>
        <source>created_at is not a time</source>
        <translation>created_at не является временем</translation>
    </message>
    <message>
        <source>no member list</source>
        <translation>нет списка элементов</translation>
    </message>
    <message>
        <source>a member entry is not an object</source>
        <translation>запись элемента не является объектом</translation>
    </message>
    <message>
        <source>member name {name}</source>
        <translation>имя элемента {name}</translation>
    </message>
    <message>
        <source>size of {name}</source>
        <translation>размер {name}</translation>
    </message>
    <message>
        <source>hash of {name}</source>
        <translation>хеш {name}</translation>
    </message>
    <message>
        <source>{file}: {name} holds other content than its name says</source>
        <translation>{file}: содержимое {name} не соответствует его имени</translation>
    </message>
    <message>
        <source>the number of daily backups to keep must be a whole number from 0 to 1000</source>
        <translation>число хранимых ежедневных копий должно быть целым числом от 0 до 1000</translation>
    </message>
    <message>
        <source>the number of weekly backups to keep must be a whole number from 0 to 1000</source>
        <translation>число хранимых еженедельных копий должно быть целым числом от 0 до 1000</translation>
    </message>
    <message>
        <source>the number of monthly backups to keep must be a whole number from 0 to 1000</source>
        <translation>число хранимых ежемесячных копий должно быть целым числом от 0 до 1000</translation>
    </message>
    <message>
        <source>keep at least one automatic backup (daily, weekly or monthly)</source>
        <translation>храните хотя бы одну автоматическую копию (ежедневную, еженедельную или ежемесячную)</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged or not a Dispute Desk file ({reason})</source>
        <translation>{file}: база данных в нём повреждена или не является файлом Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it holds no data</source>
        <translation>{file}: база данных в нём не содержит данных</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (schema {revision}); update the app to restore it</source>
        <translation>{file} создан более новой версией Dispute Desk (схема {revision}); обновите приложение, чтобы восстановить его</translation>
    </message>
    <message>
        <source>{file}: the database in it can&apos;t be upgraded ({reason})</source>
        <translation>{file}: базу данных в нём не удаётся обновить ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged ({reason})</source>
        <translation>{file}: база данных в нём повреждена ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it fails its check ({problems})</source>
        <translation>{file}: база данных в нём не прошла проверку ({problems})</translation>
    </message>
    <message>
        <source>not enough free disk space to restore {file}: {needed} MB needed, {free} MB free</source>
        <translation>недостаточно места на диске для восстановления {file}: нужно {needed} МБ, свободно {free} МБ</translation>
    </message>
    <message>
        <source>the data is in use by another Dispute Desk window or command; close it and try again</source>
        <translation>данные используются другим окном или командой Dispute Desk; закройте окно или дождитесь окончания команды и повторите попытку</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Unpaid order closes</source>
        <translation>Неоплаченный заказ закрывается</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Проверка оплаты завершается</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Продавец должен отправить</translation>
    </message>
    <message>
        <source>Cancellation approved automatically</source>
        <translation>Отмена одобряется автоматически</translation>
    </message>
    <message>
        <source>Ask for a protection extension</source>
        <translation>Запросить продление защиты</translation>
    </message>
    <message>
        <source>Buyer protection ends</source>
        <translation>Защита покупателя истекает</translation>
    </message>
    <message>
        <source>Not-received dispute can be opened</source>
        <translation>Можно открыть спор о неполучении</translation>
    </message>
    <message>
        <source>Last day to open a dispute</source>
        <translation>Последний день для открытия спора</translation>
    </message>
    <message>
        <source>Seller must answer the dispute</source>
        <translation>Продавец должен ответить на спор</translation>
    </message>
    <message>
        <source>Dispute goes to the platform</source>
        <translation>Спор передаётся площадке</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Отправить товар обратно</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Ожидается возврат средств</translation>
    </message>
    <message>
        <source>Last day for a PayPal dispute</source>
        <translation>Последний день для спора в PayPal</translation>
    </message>
    <message>
        <source>Last day for a chargeback</source>
        <translation>Последний день для чарджбэка</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Заказ {order}: {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Заказ {order}</translation>
    </message>
    <message>
        <source>{deadline}: order {order} ({store})</source>
        <translation>{deadline}: заказ {order} ({store})</translation>
    </message>
    <message>
        <source>{deadline}: order {order}</source>
        <translation>{deadline}: заказ {order}</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>Магазин: {store}</translation>
    </message>
    <message>
        <source>Due {time} (from the order page).</source>
        <translation>Срок: {time} (со страницы заказа).</translation>
    </message>
    <message>
        <source>Due {time} (estimated from the rules).</source>
        <translation>Срок: {time} (рассчитано по правилам).</translation>
    </message>
</context>
<context>
    <name>cancel</name>
    <message numerus="yes">
        <source>Nothing to do: the order isn&apos;t paid, so it closes by itself %n day(s) after it was placed, with no penalty.</source>
        <translation>
            <numerusform>Ничего делать не нужно: заказ не оплачен, поэтому он закроется сам через %n день после оформления, без штрафов.</numerusform>
            <numerusform>Ничего делать не нужно: заказ не оплачен, поэтому он закроется сам через %n дня после оформления, без штрафов.</numerusform>
            <numerusform>Ничего делать не нужно: заказ не оплачен, поэтому он закроется сам через %n дней после оформления, без штрафов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t pay for it.</source>
        <translation>Не оплачивайте его.</translation>
    </message>
    <message>
        <source>Ignore the seller&apos;s reminders to pay: an unpaid order costs you nothing.</source>
        <translation>Не обращайте внимания на напоминания продавца об оплате: неоплаченный заказ вам ничего не стоит.</translation>
    </message>
    <message>
        <source>It closes by itself when the countdown ends.</source>
        <translation>Он закроется сам, когда истечёт таймер.</translation>
    </message>
    <message>
        <source>If you cancel it on the order page anyway, record that here.</source>
        <translation>Если вы всё же отмените его на странице заказа, запишите это здесь.</translation>
    </message>
    <message numerus="yes">
        <source>Wait until the payment check ends (%n hour(s) after paying): the order can&apos;t be cancelled before then.</source>
        <translation>
            <numerusform>Дождитесь окончания проверки оплаты (через %n час после оплаты): до этого заказ отменить нельзя.</numerusform>
            <numerusform>Дождитесь окончания проверки оплаты (через %n часа после оплаты): до этого заказ отменить нельзя.</numerusform>
            <numerusform>Дождитесь окончания проверки оплаты (через %n часов после оплаты): до этого заказ отменить нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then open this wizard again: the advice continues from there.</source>
        <translation>Затем снова откройте этот мастер: рекомендации продолжатся с этого места.</translation>
    </message>
    <message>
        <source>Since the seller can&apos;t or won&apos;t ship, you will most likely just let the ship-by time run out: the order then closes by itself and the money comes back.</source>
        <translation>Раз продавец не может или не хочет отправлять заказ, проще всего дождаться окончания срока отправки: тогда заказ закроется сам и деньги вернутся.</translation>
    </message>
    <message>
        <source>Wait: the payment is still being checked, and the order can&apos;t be cancelled until the check ends.</source>
        <translation>Подождите: оплата ещё проверяется, и отменить заказ нельзя, пока проверка не закончится.</translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within %n business day(s)).</source>
        <translation>
            <numerusform>Не отменяйте заказ сами, даже если об этом просит продавец: если заказ не отправят вовремя, он закроется сам, а деньги вернутся автоматически (обычно в течение %n рабочего дня).</numerusform>
            <numerusform>Не отменяйте заказ сами, даже если об этом просит продавец: если заказ не отправят вовремя, он закроется сам, а деньги вернутся автоматически (обычно в течение %n рабочих дней).</numerusform>
            <numerusform>Не отменяйте заказ сами, даже если об этом просит продавец: если заказ не отправят вовремя, он закроется сам, а деньги вернутся автоматически (обычно в течение %n рабочих дней).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within {low}–%n business day(s)).</source>
        <translation>
            <numerusform>Не отменяйте заказ сами, даже если об этом просит продавец: если заказ не отправят вовремя, он закроется сам, а деньги вернутся автоматически (обычно в течение {low}–%n рабочего дня).</numerusform>
            <numerusform>Не отменяйте заказ сами, даже если об этом просит продавец: если заказ не отправят вовремя, он закроется сам, а деньги вернутся автоматически (обычно в течение {low}–%n рабочих дней).</numerusform>
            <numerusform>Не отменяйте заказ сами, даже если об этом просит продавец: если заказ не отправят вовремя, он закроется сам, а деньги вернутся автоматически (обычно в течение {low}–%n рабочих дней).</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice} Sellers ask buyers to cancel so that the failure to ship doesn&apos;t count against the store; you don&apos;t have to.</source>
        <translation>{advice} Продавцы просят покупателей отменить заказ, чтобы неотправка не засчитывалась магазину как нарушение; вы не обязаны этого делать.</translation>
    </message>
    <message>
        <source>Send the seller the drafted message, so they know what to expect.</source>
        <translation>Отправьте продавцу подготовленное сообщение, чтобы он знал, чего ожидать.</translation>
    </message>
    <message>
        <source>If the seller ships after all, record it here: the parcel is then on its way.</source>
        <translation>Если продавец всё-таки отправит заказ, запишите это здесь: значит, посылка в пути.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the seller&apos;s time to ship runs out, and the order closes and refunds itself. The ship-by time isn&apos;t known yet.</source>
        <translation>Лучше не отменять: дождитесь окончания срока отправки у продавца — заказ закроется, а деньги вернутся автоматически. Срок отправки пока неизвестен.</translation>
    </message>
    <message>
        <source>Look on the order page for the countdown of the seller&apos;s time to ship (processing time): this app doesn&apos;t know it yet. When it ends, the order closes by itself.</source>
        <translation>Найдите на странице заказа таймер срока отправки у продавца (срок обработки): приложению он пока неизвестен. Когда таймер истечёт, заказ закроется сам.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the ship-by time runs out; the order then closes by itself and the money comes back automatically.</source>
        <translation>Лучше не отменять: дождитесь окончания срока отправки — тогда заказ закроется сам, а деньги вернутся автоматически.</translation>
    </message>
    <message>
        <source>Wait for the ship-by countdown to end.</source>
        <translation>Дождитесь, когда истечёт таймер отправки.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel anything: the order closes by itself.</source>
        <translation>Ничего не отменяйте: заказ закроется сам.</translation>
    </message>
    <message>
        <source>The refund should have arrived by now. If it hasn&apos;t, contact support or your bank, with the order number at hand.</source>
        <translation>Возврат средств уже должен был поступить. Если его нет, обратитесь в поддержку или в свой банк, имея под рукой номер заказа.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within %n business day(s).</source>
        <translation>
            <numerusform>Деньги вернутся туда, откуда была оплата, обычно в течение %n рабочего дня.</numerusform>
            <numerusform>Деньги вернутся туда, откуда была оплата, обычно в течение %n рабочих дней.</numerusform>
            <numerusform>Деньги вернутся туда, откуда была оплата, обычно в течение %n рабочих дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within {low}–%n business day(s).</source>
        <translation>
            <numerusform>Деньги вернутся туда, откуда была оплата, обычно в течение {low}–%n рабочего дня.</numerusform>
            <numerusform>Деньги вернутся туда, откуда была оплата, обычно в течение {low}–%n рабочих дней.</numerusform>
            <numerusform>Деньги вернутся туда, откуда была оплата, обычно в течение {low}–%n рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it hasn&apos;t arrived when the countdown ends, contact support or your bank.</source>
        <translation>Если к окончанию таймера деньги не поступят, обратитесь в поддержку или в свой банк.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t ship in time: the order closes by itself and the refund is on its way.</source>
        <translation>Продавец не отправил заказ вовремя: заказ закрывается сам, и деньги уже возвращаются.</translation>
    </message>
    <message>
        <source>Ask to cancel: write to the seller first, then press &quot;Cancel order&quot; on the order page.</source>
        <translation>Запросите отмену: сначала напишите продавцу, затем нажмите «Отменить заказ» на странице заказа.</translation>
    </message>
    <message>
        <source>Write to the seller now, before the order ships: ask them to approve the cancellation (a message is drafted for you). Be quick: once it has shipped, it can&apos;t be cancelled.</source>
        <translation>Напишите продавцу сейчас, пока заказ не отправлен: попросите его одобрить отмену (сообщение уже подготовлено). Поторопитесь: после отправки заказ отменить нельзя.</translation>
    </message>
    <message>
        <source>Press &quot;Cancel order&quot; on the order page and choose your reason.</source>
        <translation>Нажмите «Отменить заказ» на странице заказа и выберите причину.</translation>
    </message>
    <message numerus="yes">
        <source>The money comes back only if the seller approves. If the seller doesn&apos;t answer within %n hour(s), the request is approved automatically.</source>
        <translation>
            <numerusform>Деньги вернутся, только если продавец одобрит отмену. Если продавец не ответит в течение %n часа, запрос будет одобрен автоматически.</numerusform>
            <numerusform>Деньги вернутся, только если продавец одобрит отмену. Если продавец не ответит в течение %n часов, запрос будет одобрен автоматически.</numerusform>
            <numerusform>Деньги вернутся, только если продавец одобрит отмену. Если продавец не ответит в течение %n часов, запрос будет одобрен автоматически.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, it can&apos;t be cancelled any more: wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Если продавец говорит, что заказ уже отправлен, отменить его больше нельзя: ждите посылку или откройте спор, когда придёт время.</translation>
    </message>
    <message>
        <source>Record here that you asked to cancel, so the app counts down to the automatic approval.</source>
        <translation>Запишите здесь, что вы запросили отмену, — приложение начнёт отсчёт до автоматического одобрения.</translation>
    </message>
    <message>
        <source>Your cancellation request is waiting for the seller; if the seller stays silent, it is approved automatically when the countdown ends.</source>
        <translation>Ваш запрос на отмену ждёт ответа продавца; если продавец промолчит, запрос будет одобрен автоматически, когда истечёт таймер.</translation>
    </message>
    <message>
        <source>If you haven&apos;t written to the seller yet, do it now (a message is drafted for you).</source>
        <translation>Если вы ещё не написали продавцу, сделайте это сейчас (сообщение уже подготовлено).</translation>
    </message>
    <message numerus="yes">
        <source>If the seller doesn&apos;t answer within %n hour(s) of your request, it is approved automatically and the money comes back.</source>
        <translation>
            <numerusform>Если продавец не ответит в течение %n часа после вашего запроса, запрос будет одобрен автоматически и деньги вернутся.</numerusform>
            <numerusform>Если продавец не ответит в течение %n часов после вашего запроса, запрос будет одобрен автоматически и деньги вернутся.</numerusform>
            <numerusform>Если продавец не ответит в течение %n часов после вашего запроса, запрос будет одобрен автоматически и деньги вернутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the seller approves or refuses, record it here.</source>
        <translation>Когда продавец одобрит отмену или откажет, запишите это здесь.</translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, record it as shipped: then wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Если продавец говорит, что заказ уже отправлен, запишите отправку: затем ждите посылку или откройте спор, когда придёт время.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands.</source>
        <translation>Не подтверждайте получение, пока посылка не окажется у вас в руках.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Tracking says it was delivered.</source>
        <translation>Отменить заказ уже нельзя: он отправлен. По данным отслеживания посылка доставлена.</translation>
    </message>
    <message>
        <source>Check the parcel when you have it.</source>
        <translation>Проверьте посылку, когда получите её.</translation>
    </message>
    <message>
        <source>Confirm receipt only when everything is right: that ends buyer protection.</source>
        <translation>Подтверждайте получение, только если всё в порядке: это завершает защиту покупателя.</translation>
    </message>
    <message>
        <source>If something is wrong, or the parcel never reached you, open a dispute before buyer protection ends.</source>
        <translation>Если что-то не так или посылка до вас не дошла, откройте спор до окончания защиты покупателя.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel; a &quot;not received&quot; dispute can be opened when the countdown ends.</source>
        <translation>Отменить заказ уже нельзя: он отправлен. Ждите посылку; спор о неполучении можно будет открыть, когда истечёт таймер.</translation>
    </message>
    <message>
        <source>Wait for the parcel and keep an eye on its tracking.</source>
        <translation>Ждите посылку и следите за её отслеживанием.</translation>
    </message>
    <message numerus="yes">
        <source>From %n day(s) after shipment, a &quot;not received&quot; dispute can be opened if tracking stops moving or shows something wrong.</source>
        <translation>
            <numerusform>Через %n день после отправки можно открыть спор о неполучении, если трек перестал обновляться или показывает что-то не то.</numerusform>
            <numerusform>Через %n дня после отправки можно открыть спор о неполучении, если трек перестал обновляться или показывает что-то не то.</numerusform>
            <numerusform>Через %n дней после отправки можно открыть спор о неполучении, если трек перестал обновляться или показывает что-то не то.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel, or open a &quot;not received&quot; dispute now if tracking has stalled.</source>
        <translation>Отменить заказ уже нельзя: он отправлен. Ждите посылку или откройте спор о неполучении сейчас, если трек не обновляется.</translation>
    </message>
    <message>
        <source>Check the tracking: if it hasn&apos;t moved for a long time or shows another destination, open a dispute now.</source>
        <translation>Проверьте трек: если он давно не обновлялся или показывает другое место назначения, откройте спор сейчас.</translation>
    </message>
    <message>
        <source>Otherwise wait for the parcel, and open a dispute before buyer protection ends if it doesn&apos;t come.</source>
        <translation>Иначе ждите посылку, а если она не придёт, откройте спор до окончания защиты покупателя.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the seller didn&apos;t answer in time, so your cancellation was approved automatically and the refund is on its way.</source>
        <translation>Отменять нечего: продавец не ответил вовремя, поэтому ваша отмена одобрена автоматически, и деньги уже возвращаются.</translation>
    </message>
    <message>
        <source>Record here that the cancellation was approved.</source>
        <translation>Запишите здесь, что отмена одобрена.</translation>
    </message>
    <message>
        <source>Nothing to cancel: a refund for this order is already on its way.</source>
        <translation>Отменять нечего: деньги за этот заказ уже возвращаются.</translation>
    </message>
    <message>
        <source>Record here when the money arrives.</source>
        <translation>Запишите здесь, когда деньги поступят.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from; allow up to %n business day(s) for your payment method.</source>
        <translation>
            <numerusform>Деньги вернутся туда, откуда была оплата; для вашего способа оплаты это может занять до %n рабочего дня.</numerusform>
            <numerusform>Деньги вернутся туда, откуда была оплата; для вашего способа оплаты это может занять до %n рабочих дней.</numerusform>
            <numerusform>Деньги вернутся туда, откуда была оплата; для вашего способа оплаты это может занять до %n рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it doesn&apos;t arrive in time, contact support or your bank, with the order number at hand.</source>
        <translation>Если деньги не поступят вовремя, обратитесь в поддержку или в свой банк, имея под рукой номер заказа.</translation>
    </message>
    <message>
        <source>Cancelling is not possible: the order is in a dispute. Follow the dispute instead.</source>
        <translation>Отменить заказ нельзя: по нему открыт спор. Вместо этого следите за спором.</translation>
    </message>
    <message>
        <source>Follow the dispute: its deadlines are on the order.</source>
        <translation>Следите за спором: его сроки указаны в заказе.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or confirm receipt on the seller&apos;s promise alone.</source>
        <translation>Не отменяйте спор и не подтверждайте получение только из-за обещаний продавца.</translation>
    </message>
    <message>
        <source>If something is wrong with the order, you can still open a dispute before the dispute window ends.</source>
        <translation>Если с заказом что-то не так, вы ещё можете открыть спор до окончания срока открытия спора.</translation>
    </message>
    <message>
        <source>The platform&apos;s dispute window has closed.</source>
        <translation>Срок открытия спора на площадке истёк.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is completed and the seller was paid.</source>
        <translation>Отменять нечего: заказ завершён, и продавец получил оплату.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already cancelled.</source>
        <translation>Отменять нечего: заказ уже отменён.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order was never paid and has closed by itself.</source>
        <translation>Отменять нечего: заказ не был оплачен и закрылся сам.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already refunded.</source>
        <translation>Отменять нечего: деньги за заказ уже возвращены.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Отменять нечего.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>The seller must answer by the time shown; if silent, the refund you asked for goes through.</source>
        <translation>Продавец должен ответить до указанного времени; если он промолчит, запрошенный вами возврат будет одобрен.</translation>
    </message>
    <message>
        <source>If it isn&apos;t settled, it goes to the platform on the escalation day shown; you can escalate earlier.</source>
        <translation>Если спор не урегулирован, в указанный день обострения он будет передан площадке; вы можете обострить спор и раньше.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone.</source>
        <translation>Не отменяйте спор и не принимайте предложение только из-за обещаний продавца.</translation>
    </message>
    <message>
        <source>Accepting the seller&apos;s offer closes the case with that partial refund: accept only when the amount is agreed on the platform, not on a promise.</source>
        <translation>Если принять предложение продавца, спор закроется с этим частичным возвратом: соглашайтесь, только когда сумма согласована на площадке, а не на словах.</translation>
    </message>
    <message>
        <source>If the offer includes a return, ship the item only after the return is agreed on the platform.</source>
        <translation>Если предложение включает возврат товара, отправляйте товар только после того, как возврат согласован на площадке.</translation>
    </message>
    <message>
        <source>Declining keeps the dispute open: escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Если отклонить предложение, спор останется открытым: обострите его сейчас, иначе он будет передан площадке в указанный день обострения.</translation>
    </message>
    <message>
        <source>The seller answered without an offer. If you don&apos;t agree, escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Продавец ответил без предложения. Если вы не согласны, обострите спор сейчас, иначе он будет передан площадке в указанный день обострения.</translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>Площадка принимает решение: быстро отвечайте на её вопросы и добавляйте доказательства, если их попросят.</translation>
    </message>
    <message>
        <source>Its decision is expected by the date below; if nothing comes, ask support.</source>
        <translation>Решение ожидается к указанной ниже дате; если его не будет, обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>The escalation day has passed, so the dispute is now with the platform; record the escalation when the order page shows it.</source>
        <translation>День обострения прошёл, поэтому спор теперь рассматривает площадка; запишите обострение, когда оно появится на странице заказа.</translation>
    </message>
    <message>
        <source>Record the platform&apos;s decision here when it comes.</source>
        <translation>Запишите здесь решение площадки, когда оно будет принято.</translation>
    </message>
    <message>
        <source>You appealed: the platform looks at the case again. Add new evidence if you have it, and record the new decision here.</source>
        <translation>Вы подали апелляцию: площадка пересматривает спор. Добавьте новые доказательства, если они есть, и запишите здесь новое решение.</translation>
    </message>
    <message>
        <source>The platform decided against you: you can appeal once, before the appeal window below closes, with more evidence.</source>
        <translation>Площадка решила не в вашу пользу: вы можете один раз подать апелляцию с дополнительными доказательствами до окончания указанного ниже срока.</translation>
    </message>
    <message>
        <source>Paid by PayPal: you can still open a PayPal dispute until the date shown (escalate it to a claim within 20 days).</source>
        <translation>Оплата через PayPal: до указанной даты ещё можно открыть спор в PayPal (в течение 20 дней переведите его в претензию).</translation>
    </message>
    <message>
        <source>Paid by card: you can still ask your bank for a chargeback until the date shown, but not while an appeal is open on the platform.</source>
        <translation>Оплата картой: до указанной даты ещё можно запросить в банке чарджбэк, но не пока на площадке идёт апелляция.</translation>
    </message>
    <message>
        <source>The platform decided against you, and neither an appeal nor a payment-method fallback is possible any more: the case is closed without a refund.</source>
        <translation>Площадка решила не в вашу пользу, а ни апелляция, ни защита через способ оплаты уже невозможны: спор закрыт без возврата средств.</translation>
    </message>
    <message>
        <source>The platform decided against you and the time to appeal has passed.</source>
        <translation>Площадка решила не в вашу пользу, и срок подачи апелляции истёк.</translation>
    </message>
    <message>
        <source>Ship the return by the time shown and record its tracking number, or the refund is lost; the refund follows once the seller has the item back.</source>
        <translation>Отправьте товар обратно до указанного времени и запишите трек-номер, иначе возврат средств будет потерян; деньги вернутся, когда продавец получит товар.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through.</source>
        <translation>Продавец не ответил вовремя, поэтому запрошенный вами возврат одобрен.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so your return is accepted: ship the item back by the time below and record its tracking number; the refund follows once the seller has it.</source>
        <translation>Продавец не ответил вовремя, поэтому ваш возврат товара принят: отправьте товар обратно до указанного ниже времени и запишите трек-номер; деньги вернутся, когда продавец получит товар.</translation>
    </message>
    <message>
        <source>The platform decided a full refund.</source>
        <translation>Площадка приняла решение о полном возврате средств.</translation>
    </message>
    <message>
        <source>The platform decided a partial refund: you keep the item.</source>
        <translation>Площадка приняла решение о частичном возврате: товар остаётся у вас.</translation>
    </message>
    <message>
        <source>The refund is on its way.</source>
        <translation>Деньги уже возвращаются.</translation>
    </message>
    <message>
        <source>It should arrive by the date shown. Record it here when the money arrives; if it doesn&apos;t, contact support or your bank.</source>
        <translation>Возврат должен поступить к указанной дате. Запишите здесь, когда деньги придут; если они не придут, обратитесь в поддержку или в свой банк.</translation>
    </message>
    <message>
        <source>The refund arrived: the case is closed.</source>
        <translation>Деньги вернулись: спор закрыт.</translation>
    </message>
    <message>
        <source>You cancelled the dispute. A new one can be opened only while buyer protection runs (see its deadline).</source>
        <translation>Вы отменили спор. Новый можно открыть, только пока действует защита покупателя (см. её срок).</translation>
    </message>
    <message>
        <source>You cancelled the dispute, and no new dispute can be opened for this order.</source>
        <translation>Вы отменили спор, и новый спор по этому заказу открыть нельзя.</translation>
    </message>
    <message>
        <source>Dispute open: waiting for the seller&apos;s answer</source>
        <translation>Спор открыт: ожидается ответ продавца</translation>
    </message>
    <message>
        <source>The seller answered</source>
        <translation>Продавец ответил</translation>
    </message>
    <message>
        <source>Escalated: the platform is deciding</source>
        <translation>Спор обострён: площадка принимает решение</translation>
    </message>
    <message>
        <source>Decided against you</source>
        <translation>Решено не в вашу пользу</translation>
    </message>
    <message>
        <source>Appealed: the platform looks again</source>
        <translation>Апелляция: площадка пересматривает спор</translation>
    </message>
    <message>
        <source>Refund agreed with a return: ship the item back</source>
        <translation>Возврат одобрен при возврате товара: отправьте товар обратно</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Деньги возвращаются</translation>
    </message>
    <message>
        <source>Refunded: the case is closed</source>
        <translation>Деньги возвращены: спор закрыт</translation>
    </message>
    <message>
        <source>Closed without a refund</source>
        <translation>Закрыт без возврата средств</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Спор отменён</translation>
    </message>
</context>
<context>
    <name>case pack</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(без подписи)</translation>
    </message>
    <message>
        <source>Case file — order {order}</source>
        <translation>Сводка по спору — заказ {order}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Заказ {order}</translation>
    </message>
    <message>
        <source>Prepared {time} with Dispute Desk. Times are the buyer&apos;s local time ({zone}), each with its offset from UTC.</source>
        <translation>Подготовлено {time} в Dispute Desk. Время указано по местному часовому поясу покупателя ({zone}), со смещением относительно UTC.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>{deadline}: {time} (entered from the order page)</source>
        <translation>{deadline}: {time} (введено со страницы заказа)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules, possibly from a date not known for sure)</source>
        <translation>{deadline}: {time} (рассчитано по правилам, возможно, от даты, известной неточно)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules)</source>
        <translation>{deadline}: {time} (рассчитано по правилам)</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Нет открытых сроков.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Notes and messages</source>
        <translation>Заметки и сообщения</translation>
    </message>
    <message>
        <source>Photos ({photos}) and videos ({videos})</source>
        <translation>Фото ({photos}) и видео ({videos})</translation>
    </message>
    <message>
        <source>Photos ({photos})</source>
        <translation>Фото ({photos})</translation>
    </message>
    <message>
        <source>No photos attached.</source>
        <translation>Фото не приложены.</translation>
    </message>
    <message>
        <source>Video: {name}</source>
        <translation>Видео: {name}</translation>
    </message>
    <message>
        <source>File {file}, {seconds} s; added {time}</source>
        <translation>Файл {file}, {seconds} с; добавлено {time}</translation>
    </message>
    <message>
        <source>File {file}; added {time}</source>
        <translation>Файл {file}; добавлено {time}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Снято: {time}</translation>
    </message>
    <message>
        <source>Taken: unknown (no camera time)</source>
        <translation>Снято: неизвестно (нет времени съёмки)</translation>
    </message>
    <message>
        <source>Added: {time} · original file: {file}</source>
        <translation>Добавлено: {time} · исходный файл: {file}</translation>
    </message>
    <message>
        <source>Copy: {path}</source>
        <translation>Копия: {path}</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title} ({options})</source>
        <translation>Товар {line}: {quantity} × {title} ({options})</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title}</source>
        <translation>Товар {line}: {quantity} × {title}</translation>
    </message>
    <message>
        <source>{item} — {price} each</source>
        <translation>{item} — {price} за штуку</translation>
    </message>
    <message>
        <source>whole order</source>
        <translation>весь заказ</translation>
    </message>
    <message>
        <source>asked {amount}</source>
        <translation>запрошено {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome} {amount}</source>
        <translation>решение: {outcome} на сумму {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome}</source>
        <translation>решение: {outcome}</translation>
    </message>
    <message>
        <source>{item}; dispute ({facts}: {stage})</source>
        <translation>{item}; спор ({facts}: {stage})</translation>
    </message>
    <message>
        <source>{item}; refunded {amount}</source>
        <translation>{item}; возвращено {amount}</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Спор по всему заказу</translation>
    </message>
    <message>
        <source>Dispute about item {line}: {title}</source>
        <translation>Спор по товару {line}: {title}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Refund asked</source>
        <translation>Запрошен возврат</translation>
    </message>
    <message>
        <source>Return offered</source>
        <translation>Предложен возврат товара</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Ответ продавца</translation>
    </message>
    <message>
        <source>Seller&apos;s offer</source>
        <translation>Предложение продавца</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Спор обострён</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Amount decided</source>
        <translation>Сумма по решению</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Апелляция подана</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Возврат получен</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Спор отменён</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Что дальше</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Order {order}: {verdict}</source>
        <translation>Заказ {order}: {verdict}</translation>
    </message>
    <message>
        <source>Wait until {time} ({countdown})</source>
        <translation>Подождите до {time} ({countdown})</translation>
    </message>
    <message>
        <source>Missing: {fact}</source>
        <translation>Не хватает: {fact}</translation>
    </message>
    <message>
        <source>Message to the seller:</source>
        <translation>Сообщение продавцу:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Шаги:</translation>
    </message>
    <message>
        <source>In Russian:</source>
        <translation>На русском:</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>На английском:</translation>
    </message>
    <message>
        <source>Opens at {time} ({countdown})</source>
        <translation>Спор можно открыть с {time} ({countdown})</translation>
    </message>
    <message>
        <source>Open it before {time} ({countdown})</source>
        <translation>Откройте спор до {time} ({countdown})</translation>
    </message>
    <message>
        <source>Closed at {time} ({countdown})</source>
        <translation>Срок открытия спора истёк {time} ({countdown})</translation>
    </message>
    <message>
        <source>Outcome to ask for: {outcome}</source>
        <translation>Что запросить: {outcome}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Предупреждение: {warning}</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Доказательства:</translation>
    </message>
    <message>
        <source>Fallback: {deadline} {time} ({countdown})</source>
        <translation>Запасной вариант: {deadline} {time} ({countdown})</translation>
    </message>
    <message>
        <source>Dispute text:</source>
        <translation>Текст спора:</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can open a dispute now</source>
        <translation>Заказ {order}, {reason}: спор можно открыть сейчас</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can&apos;t open a dispute now</source>
        <translation>Заказ {order}, {reason}: сейчас спор открыть нельзя</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can open a dispute now</source>
        <translation>Заказ {order}, товар {line}, {reason}: спор можно открыть сейчас</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can&apos;t open a dispute now</source>
        <translation>Заказ {order}, товар {line}, {reason}: сейчас спор открыть нельзя</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>срок отправки у продавца (таймер срока обработки на странице заказа)</translation>
    </message>
    <message>
        <source>argument --lang: unknown language &quot;{name}&quot; (offered: {codes})</source>
        <translation>аргумент --lang: неизвестный язык «{name}» (доступны: {codes})</translation>
    </message>
    <message>
        <source>backed up to {path}</source>
        <translation>резервная копия сохранена в {path}</translation>
    </message>
    <message>
        <source>no change since the last automatic backup</source>
        <translation>изменений нет с момента последней автоматической копии</translation>
    </message>
    <message numerus="yes">
        <source>backed up to {path} (%n byte(s))</source>
        <translation>
            <numerusform>резервная копия сохранена в {path} (%n байт)</numerusform>
            <numerusform>резервная копия сохранена в {path} (%n байта)</numerusform>
            <numerusform>резервная копия сохранена в {path} (%n байт)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a complete, undamaged backup</source>
        <translation>{name} — полная неповреждённая резервная копия</translation>
    </message>
    <message numerus="yes">
        <source>restored %n order(s) and {files} from the backup of {time}</source>
        <translation>
            <numerusform>из резервной копии от {time} восстановлено: %n заказ и {files}</numerusform>
            <numerusform>из резервной копии от {time} восстановлено: %n заказа и {files}</numerusform>
            <numerusform>из резервной копии от {time} восстановлено: %n заказов и {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <comment>restored … and this</comment>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message>
        <source>the data it replaced is kept in {path}</source>
        <translation>заменённые данные сохранены в {path}</translation>
    </message>
    <message>
        <source>no backups in the data dir</source>
        <translation>в папке данных нет резервных копий</translation>
    </message>
    <message>
        <source>--orders must be between 1 and 1000000</source>
        <translation>--orders должно быть от 1 до 1000000</translation>
    </message>
    <message>
        <source>added {added} demo orders (seed {seed})</source>
        <translation>добавлено демо-заказов: {added} (seed {seed})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{order}: %n evidence item(s)</source>
        <translation>
            <numerusform>{order}: %n доказательство</numerusform>
            <numerusform>{order}: %n доказательства</numerusform>
            <numerusform>{order}: %n доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {pdf} (%n page(s)) and {photos}</source>
        <translation>
            <numerusform>записаны {pdf} (%n страница) и {photos}</numerusform>
            <numerusform>записаны {pdf} (%n страницы) и {photos}</numerusform>
            <numerusform>записаны {pdf} (%n страниц) и {photos}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <comment>wrote the case pack (…) and this</comment>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n deadline(s) to {path}</source>
        <translation>
            <numerusform>записан %n срок в {path}</numerusform>
            <numerusform>записано %n срока в {path}</numerusform>
            <numerusform>записано %n сроков в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>записан %n заказ в {path}</numerusform>
            <numerusform>записано %n заказа в {path}</numerusform>
            <numerusform>записано %n заказов в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Будет импортировано из {names} ({format}, прочитано как {encoding}): добавить — {added}, обновить — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message>
        <source>Would import {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Будет импортировано из {names} ({format}): добавить — {added}, обновить — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message>
        <source>Imported {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Импортировано из {names} ({format}, прочитано как {encoding}): добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message>
        <source>Imported {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Импортировано из {names} ({format}): добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n строка не импортирована:</numerusform>
            <numerusform>%n строки не импортированы:</numerusform>
            <numerusform>%n строк не импортировано:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  строка {line}: {message}</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to должно быть позже --from</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«{text}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>orders paid</source>
        <translation>оплачено заказов</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>потрачено</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>споры</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates (without {currencies}: no rate)</source>
        <translation>≈ {amount} по вашим курсам (без {currencies}: нет курса)</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates</source>
        <translation>≈ {amount} по вашим курсам</translation>
    </message>
    <message>
        <source>{opened} opened: {won} won, {lost} lost, {open} open, {cancelled} cancelled</source>
        <translation>всего споров: {opened}; выиграно — {won}, проиграно — {lost}, ещё открыто — {open}, отменено — {cancelled}</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>заказов пока нет</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>[avoid]</source>
        <translation>[избегать]</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) ({won} won, {lost} lost)</source>
        <translation>
            <numerusform>%n спор (выиграно — {won}, проиграно — {lost})</numerusform>
            <numerusform>%n спора (выиграно — {won}, проиграно — {lost})</numerusform>
            <numerusform>%n споров (выиграно — {won}, проиграно — {lost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), spent {spent}; {disputes}; delivery {median}; last order {last}</source>
        <translation>
            <numerusform>%n заказ, потрачено: {spent}; {disputes}; доставка: {median}; последний заказ: {last}</numerusform>
            <numerusform>%n заказа, потрачено: {spent}; {disputes}; доставка: {median}; последний заказ: {last}</numerusform>
            <numerusform>%n заказов, потрачено: {spent}; {disputes}; доставка: {median}; последний заказ: {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} ({options})</source>
        <translation>{message} ({options})</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <source>which currency? add --currency (e.g. USD)</source>
        <translation>какая валюта? добавьте --currency (напр. USD)</translation>
    </message>
    <message>
        <source>added order {order} ({status})</source>
        <translation>добавлен заказ {order} ({status})</translation>
    </message>
    <message>
        <source>recorded {event} on {order}: now {status}</source>
        <translation>записано {event} для заказа {order}: статус теперь {status}</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>заказов нет</translation>
    </message>
    <message>
        <source>the trash is empty</source>
        <translation>корзина пуста</translation>
    </message>
    <message>
        <source>{deadline} in {countdown}</source>
        <translation>{deadline} через {countdown}</translation>
    </message>
    <message>
        <source>Order {order}  {store}</source>
        <translation>Заказ {order}  {store}</translation>
    </message>
    <message>
        <source>  total {total}   status {status}   (in the trash)</source>
        <translation>  сумма {total}   статус {status}   (в корзине)</translation>
    </message>
    <message>
        <source>  total {total}   status {status}</source>
        <translation>  сумма {total}   статус {status}</translation>
    </message>
    <message>
        <source>  tracking {numbers}</source>
        <translation>  трек-номер {numbers}</translation>
    </message>
    <message>
        <source>  refunded {amount}</source>
        <translation>  возвращено {amount}</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Товары:</translation>
    </message>
    <message>
        <source>  dispute: {reason}, {state}</source>
        <translation>  спор: {reason}, {state}</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Нет открытых сроков.</translation>
    </message>
    <message>
        <source>      missing: {fact}</source>
        <translation>      не хватает: {fact}</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Хронология:</translation>
    </message>
    <message>
        <source>no open deadlines</source>
        <translation>нет открытых сроков</translation>
    </message>
    <message>
        <source>moved {order} to the trash</source>
        <translation>заказ {order} перемещён в корзину</translation>
    </message>
    <message>
        <source>restored {order}</source>
        <translation>заказ {order} восстановлен</translation>
    </message>
    <message>
        <source>the processing time (or the ship-by countdown) from the order page</source>
        <translation>срок обработки (или таймер отправки) со страницы заказа</translation>
    </message>
    <message>
        <source>{countdown} ago</source>
        <translation>{countdown} назад</translation>
    </message>
    <message>
        <source>in {countdown}</source>
        <translation>через {countdown}</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) shown on the desktop</source>
        <translation>
            <numerusform>%n напоминание показано на рабочем столе</numerusform>
            <numerusform>%n напоминания показаны на рабочем столе</numerusform>
            <numerusform>%n напоминаний показано на рабочем столе</numerusform>
        </translation>
    </message>
    <message>
        <source>rules {action} needs the rule&apos;s name</source>
        <translation>для rules {action} нужно имя правила</translation>
    </message>
    <message>
        <source>rules set needs a value</source>
        <translation>для rules set нужно значение</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{value}&quot; as a value (try 72, true or {example})</source>
        <translation>не удаётся прочитать «{value}» как значение (попробуйте 72, true или {example})</translation>
    </message>
    <message>
        <source>{unit} (changed)</source>
        <translation>{unit} (изменено)</translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>the wizards&apos; advice for an order</source>
        <translation>рекомендации мастеров для заказа</translation>
    </message>
    <message>
        <source>should I cancel this order, and how?</source>
        <translation>стоит ли отменять этот заказ и как?</translation>
    </message>
    <message>
        <source>can I open a dispute for this order, and how?</source>
        <translation>можно ли открыть спор по этому заказу и как?</translation>
    </message>
    <message>
        <source>the item it is about (1, 2, …; default: the whole order)</source>
        <translation>товар, к которому это относится (1, 2, …; по умолчанию — весь заказ)</translation>
    </message>
    <message>
        <source>where the data lives</source>
        <translation>где хранятся данные</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <source>the language of the sentences: en, ru, pt_BR, es, fr or pl (default: the locale&apos;s)</source>
        <translation>язык сообщений: en, ru, pt_BR, es, fr или pl (по умолчанию — язык системы)</translation>
    </message>
    <message>
        <source>back up the database and the evidence into a zip file</source>
        <translation>сохранить базу данных и доказательства в zip-файл</translation>
    </message>
    <message>
        <source>the archive to write (must not exist)</source>
        <translation>архив для записи (не должен существовать)</translation>
    </message>
    <message>
        <source>an automatic backup into backups/auto/, only if the data changed</source>
        <translation>автоматическая копия в backups/auto/, только если данные изменились</translation>
    </message>
    <message>
        <source>replace the data with a backup, after checking all of it</source>
        <translation>заменить данные резервной копией, предварительно полностью проверив её</translation>
    </message>
    <message>
        <source>only check the archive; change nothing</source>
        <translation>только проверить архив, ничего не меняя</translation>
    </message>
    <message>
        <source>list the backups kept in the data dir, newest first</source>
        <translation>список резервных копий в папке данных, сначала новые</translation>
    </message>
    <message>
        <source>fill the data dir with realistic made-up orders</source>
        <translation>заполнить папку данных правдоподобными вымышленными заказами</translation>
    </message>
    <message>
        <source>check the database and the evidence files</source>
        <translation>проверить базу данных и файлы доказательств</translation>
    </message>
    <message>
        <source>attach photos or videos to an order as evidence</source>
        <translation>прикрепить фото или видео к заказу как доказательства</translation>
    </message>
    <message>
        <source>a caption for every file attached</source>
        <translation>подпись для каждого прикрепляемого файла</translation>
    </message>
    <message>
        <source>write the case pack: DIR/case.pdf and DIR/photos/</source>
        <translation>создать пакет для спора: DIR/case.pdf и DIR/photos/</translation>
    </message>
    <message>
        <source>write the orders (csv, json) or the open deadlines (ics) to a file</source>
        <translation>записать заказы (csv, json) или открытые сроки (ics) в файл</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists)</source>
        <translation>файл для записи (заменяется, если существует)</translation>
    </message>
    <message>
        <source>import orders from a file (its format is detected by content)</source>
        <translation>импортировать заказы из файла (формат определяется по содержимому)</translation>
    </message>
    <message>
        <source>the file to import (both CSVs of AliExpress-Order-Export, or several e-mails, may go together)</source>
        <translation>файл для импорта (можно указать сразу оба CSV из AliExpress-Order-Export или несколько писем)</translation>
    </message>
    <message>
        <source>default: detect by content</source>
        <translation>по умолчанию: определить по содержимому</translation>
    </message>
    <message>
        <source>ISO code for prices that name none (default: the setting, else USD)</source>
        <translation>код ISO для цен без указания валюты (по умолчанию — из настроек, иначе USD)</translation>
    </message>
    <message>
        <source>what a text file is in, e.g. windows-1251 (default: detected from the content)</source>
        <translation>кодировка текстового файла, напр. windows-1251 (по умолчанию определяется по содержимому)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>показать, что изменится, ничего не записывая</translation>
    </message>
    <message>
        <source>print progress lines on stderr</source>
        <translation>выводить ход выполнения в stderr</translation>
    </message>
    <message>
        <source>money spent and refunded, disputes won and lost, by month</source>
        <translation>потраченные и возвращённые деньги, выигранные и проигранные споры по месяцам</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, local) or an ISO time</source>
        <translation>первый день (ГГГГ-ММ-ДД, местное время) или время в формате ISO</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, local) or an ISO time</source>
        <translation>последний день включительно (ГГГГ-ММ-ДД, местное время) или время в формате ISO</translation>
    </message>
    <message>
        <source>one line per store: orders, money, disputes, delivery days</source>
        <translation>по строке на магазин: заказы, деньги, споры, дни доставки</translation>
    </message>
    <message>
        <source>add an order</source>
        <translation>добавить заказ</translation>
    </message>
    <message>
        <source>order number (text)</source>
        <translation>номер заказа (текст)</translation>
    </message>
    <message>
        <source>amount, e.g. 12.34 or &apos;US $1,382.11&apos;</source>
        <translation>сумма, напр. 12.34 или &apos;US $1,382.11&apos;</translation>
    </message>
    <message>
        <source>ISO code, e.g. USD (else from the amount&apos;s symbol)</source>
        <translation>код ISO, напр. USD (иначе — по символу в сумме)</translation>
    </message>
    <message>
        <source>record an event in an order&apos;s timeline</source>
        <translation>записать событие в хронологию заказа</translation>
    </message>
    <message>
        <source>when it happened (default: now)</source>
        <translation>когда это произошло (по умолчанию — сейчас)</translation>
    </message>
    <message>
        <source>countdown as the order page shows it, e.g. &apos;23d 14:22:10&apos;</source>
        <translation>таймер, как на странице заказа, напр. &apos;23d 14:22:10&apos;</translation>
    </message>
    <message>
        <source>cancel: {cancel}; dispute: {dispute}</source>
        <translation>отмена: {cancel}; спор: {dispute}</translation>
    </message>
    <message>
        <source>the item a dispute or refund is about (1, 2, …; default: the whole order)</source>
        <translation>товар, к которому относится спор или возврат (1, 2, …; по умолчанию — весь заказ)</translation>
    </message>
    <message>
        <source>list orders with their status and next deadline</source>
        <translation>список заказов со статусом и ближайшим сроком</translation>
    </message>
    <message>
        <source>list the orders in the trash</source>
        <translation>список заказов в корзине</translation>
    </message>
    <message>
        <source>one order with its timeline and deadlines</source>
        <translation>один заказ с хронологией и сроками</translation>
    </message>
    <message>
        <source>every open deadline, soonest first</source>
        <translation>все открытые сроки, сначала ближайшие</translation>
    </message>
    <message>
        <source>only those due within this long, e.g. 48h or 7d</source>
        <translation>только истекающие в пределах этого времени, напр. 48h или 7d</translation>
    </message>
    <message>
        <source>move an order to the trash</source>
        <translation>переместить заказ в корзину</translation>
    </message>
    <message>
        <source>restore an order from the trash</source>
        <translation>восстановить заказ из корзины</translation>
    </message>
    <message>
        <source>Dispute Desk: your orders, their deadlines, cancellations and disputes. Without a command it opens the app.</source>
        <translation>Dispute Desk: ваши заказы, их сроки, отмены и споры. Без команды открывает приложение.</translation>
    </message>
    <message>
        <source>give the deadline reminders due (for cron, a systemd timer or the Task Scheduler)</source>
        <translation>выдать назревшие напоминания о сроках (для cron, таймера systemd или Планировщика заданий)</translation>
    </message>
    <message>
        <source>as of this time instead of now</source>
        <translation>на указанный момент вместо текущего</translation>
    </message>
    <message>
        <source>show what is due without remembering it as given</source>
        <translation>показать назревшие напоминания, не отмечая их как выданные</translation>
    </message>
    <message>
        <source>show or change the rule profile&apos;s values</source>
        <translation>показать или изменить значения профиля правил</translation>
    </message>
    <message>
        <source>JSON value, e.g. 72 or true or &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</source>
        <translation>значение JSON, напр. 72, true или &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</translation>
    </message>
</context>
<context>
    <name>deadline</name>
    <message>
        <source>Nothing to do: an unpaid order closes by itself with no penalty. Pay before then only if you still want it.</source>
        <translation>Ничего делать не нужно: неоплаченный заказ закроется сам, без штрафов. Оплатите до этого срока, только если он вам ещё нужен.</translation>
    </message>
    <message>
        <source>The payment is being checked. Cancelling becomes possible when the check ends.</source>
        <translation>Оплата проверяется. Отменить заказ можно будет после окончания проверки.</translation>
    </message>
    <message>
        <source>The seller must ship by then; otherwise the order closes and the money comes back by itself.</source>
        <translation>Продавец должен отправить заказ до этого срока; иначе заказ закроется, а деньги вернутся автоматически.</translation>
    </message>
    <message>
        <source>If the seller doesn&apos;t answer by then, the cancellation is approved automatically. Write to the seller meanwhile.</source>
        <translation>Если продавец не ответит до этого срока, отмена будет одобрена автоматически. А пока напишите продавцу.</translation>
    </message>
    <message>
        <source>Parcel still on its way? Ask the seller to extend buyer protection now: sellers answer slowly.</source>
        <translation>Посылка ещё в пути? Попросите продавца продлить защиту покупателя сейчас: продавцы отвечают медленно.</translation>
    </message>
    <message>
        <source>Open a dispute before then if the parcel hasn&apos;t arrived. When protection ends the seller is paid.</source>
        <translation>Если посылка не пришла, откройте спор до этого срока. Когда защита закончится, продавец получит оплату.</translation>
    </message>
    <message>
        <source>From then on a &quot;not received&quot; dispute can be opened if tracking stops moving.</source>
        <translation>С этого момента можно открыть спор о неполучении, если трек перестанет обновляться.</translation>
    </message>
    <message>
        <source>Last moment to open a dispute if something is wrong with the order.</source>
        <translation>Последний момент, чтобы открыть спор, если с заказом что-то не так.</translation>
    </message>
    <message>
        <source>The seller must answer the dispute by then; if silent, your requested refund goes through.</source>
        <translation>Продавец должен ответить на спор до этого срока; если он промолчит, запрошенный вами возврат будет одобрен.</translation>
    </message>
    <message>
        <source>If the dispute is still unresolved then, it goes to the platform. You can escalate earlier.</source>
        <translation>Если к этому сроку спор не будет урегулирован, он перейдёт к площадке. Обострить спор можно и раньше.</translation>
    </message>
    <message>
        <source>Ship the return by then and record its tracking number, or the refund is lost.</source>
        <translation>Отправьте товар обратно до этого срока и запишите трек-номер, иначе возврат средств будет потерян.</translation>
    </message>
    <message>
        <source>The refund should have arrived by then. If not, contact support or your bank.</source>
        <translation>К этому сроку деньги должны поступить. Если нет, обратитесь в поддержку или в свой банк.</translation>
    </message>
    <message>
        <source>Last day to open a PayPal dispute (escalate it to a claim within 20 days).</source>
        <translation>Последний день, чтобы открыть спор в PayPal (в течение 20 дней переведите его в претензию).</translation>
    </message>
    <message>
        <source>Last day to ask your bank for a chargeback. Never while a platform case is open.</source>
        <translation>Последний день, чтобы запросить в банке чарджбэк. Но не пока на площадке открыт спор.</translation>
    </message>
    <message>
        <source>The platform&apos;s decision is expected by then. Answer its questions quickly; if nothing comes, ask support.</source>
        <translation>Решение площадки ожидается к этому сроку. Быстро отвечайте на её вопросы; если решения не будет, обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>Last moment to appeal the decision, once, with new evidence.</source>
        <translation>Последний момент, чтобы подать апелляцию на решение (один раз, с новыми доказательствами).</translation>
    </message>
    <message>
        <source>Estimated from the usual processing time: the seller&apos;s real one isn&apos;t known. Enter the processing time or the ship-by countdown from the order page (edit the order) for the real deadline. If it has passed and the order didn&apos;t ship, the order closes by itself and the money comes back.</source>
        <translation>Рассчитано по обычному сроку обработки: реальный срок продавца неизвестен. Для точного срока введите срок обработки или таймер отправки со страницы заказа (измените заказ). Если срок прошёл, а заказ не отправлен, он закроется сам и деньги вернутся.</translation>
    </message>
    <message>
        <source>Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then.</source>
        <translation>По данным отслеживания посылка доставлена. Подтверждайте получение, только если всё в порядке, или откройте спор до этого срока.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>Mark paid…</source>
        <translation>Отметить оплату…</translation>
    </message>
    <message>
        <source>Shipped…</source>
        <translation>Отправлен…</translation>
    </message>
    <message>
        <source>Tracking update…</source>
        <translation>Обновление трека…</translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation>Доставлен…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Подтвердить получение…</translation>
    </message>
    <message>
        <source>Request cancellation…</source>
        <translation>Запрос на отмену…</translation>
    </message>
    <message>
        <source>Cancellation approved…</source>
        <translation>Отмена одобрена…</translation>
    </message>
    <message>
        <source>Cancellation refused…</source>
        <translation>В отмене отказано…</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>Заказ отменён…</translation>
    </message>
    <message>
        <source>Extension requested…</source>
        <translation>Запрошено продление…</translation>
    </message>
    <message>
        <source>Protection extended…</source>
        <translation>Защита продлена…</translation>
    </message>
    <message>
        <source>Open dispute…</source>
        <translation>Открыть спор…</translation>
    </message>
    <message>
        <source>Dispute cancelled…</source>
        <translation>Спор отменён…</translation>
    </message>
    <message>
        <source>Seller responded…</source>
        <translation>Ответ продавца…</translation>
    </message>
    <message>
        <source>Escalated…</source>
        <translation>Спор обострён…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Решение…</translation>
    </message>
    <message>
        <source>Appealed…</source>
        <translation>Апелляция…</translation>
    </message>
    <message>
        <source>Refund issued…</source>
        <translation>Возврат оформлен…</translation>
    </message>
    <message>
        <source>Refund received…</source>
        <translation>Возврат получен…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>entered from the order page</source>
        <translation>введено со страницы заказа</translation>
    </message>
    <message>
        <source>estimated from the rules and a date not known for sure (see the timeline)</source>
        <translation>рассчитано по правилам и дате, известной неточно (см. хронологию)</translation>
    </message>
    <message>
        <source>estimated from the rules</source>
        <translation>рассчитано по правилам</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Заказ оформлен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Обновление трека</translation>
    </message>
    <message>
        <source>Delivered (tracking says so)</source>
        <translation>Доставлен (по данным отслеживания)</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Запрошена отмена</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Отмена одобрена</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>В отмене отказано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Заказ отменён</translation>
    </message>
    <message>
        <source>Protection extension requested</source>
        <translation>Запрошено продление защиты</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Защита продлена</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Спор открыт</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Спор отменён</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Ответ продавца</translation>
    </message>
    <message>
        <source>Escalated to the platform</source>
        <translation>Спор обострён (передан площадке)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Апелляция подана</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Возврат оформлен</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Возврат получен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Order edited</source>
        <translation>Заказ изменён</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Перемещён в корзину</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>Восстановлен из корзины</translation>
    </message>
    <message>
        <source>tracking stopped moving</source>
        <translation>трек не обновляется</translation>
    </message>
    <message>
        <source>sent to the wrong address</source>
        <translation>посылка отправлена не по тому адресу</translation>
    </message>
    <message>
        <source>delivery period ending</source>
        <translation>истекает срок доставки</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>посылка возвращена отправителю</translation>
    </message>
    <message>
        <source>held at customs</source>
        <translation>посылка задержана на таможне</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>не соответствует описанию</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>бракованный товар</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>товар повреждён</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>прислан не тот товар</translation>
    </message>
    <message>
        <source>fewer items than ordered</source>
        <translation>пришло меньше, чем заказано</translation>
    </message>
    <message>
        <source>counterfeit</source>
        <translation>подделка</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>пустая посылка</translation>
    </message>
    <message>
        <source>changed my mind</source>
        <translation>передумал(а)</translation>
    </message>
    <message>
        <source>found it cheaper</source>
        <translation>нашёл(ла) дешевле</translation>
    </message>
    <message>
        <source>seller out of stock</source>
        <translation>нет в наличии у продавца</translation>
    </message>
    <message>
        <source>seller raised the price</source>
        <translation>продавец поднял цену</translation>
    </message>
    <message>
        <source>the seller asked</source>
        <translation>попросил продавец</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>full refund</source>
        <translation>полный возврат</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>частичный возврат</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Электронный кошелёк</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс площадки</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Ship-by time</source>
        <translation>Срок отправки</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>{time} or later</source>
        <translation>{time} или позже</translation>
    </message>
    <message>
        <source>Date not known: the import or the pasted page didn&apos;t say when.</source>
        <translation>Дата неизвестна: в импорте или во вставленной странице она не указана.</translation>
    </message>
    <message>
        <source>About item {item}</source>
        <translation>Относится к товару {item}</translation>
    </message>
    <message>
        <source>Tracking number: {tracking} ({carrier})</source>
        <translation>Трек-номер: {tracking} ({carrier})</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}</source>
        <translation>Трек-номер: {tracking}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Служба доставки: {carrier}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>Refund asked: {amount}</source>
        <translation>Запрошен возврат: {amount}</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>С возвратом товара</translation>
    </message>
    <message>
        <source>Seller offers: {amount}</source>
        <translation>Продавец предлагает: {amount}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Результат: {outcome}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Сумма: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n day(s)</source>
        <translation>
            <numerusform>Срок обработки: %n день</numerusform>
            <numerusform>Срок обработки: %n дня</numerusform>
            <numerusform>Срок обработки: %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller must ship by {time}</source>
        <translation>Продавец должен отправить до {time}</translation>
    </message>
    <message>
        <source>Protection ends {time}</source>
        <translation>Окончание защиты: {time}</translation>
    </message>
    <message numerus="yes">
        <source>By %n day(s)</source>
        <translation>
            <numerusform>Продлено на %n день</numerusform>
            <numerusform>Продлено на %n дня</numerusform>
            <numerusform>Продлено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>dispute</name>
    <message>
        <source>Use the cancel wizard (&quot;advise cancel&quot;): an order that hasn&apos;t shipped is cancelled, not disputed.</source>
        <translation>Воспользуйтесь мастером отмены («advise cancel»): неотправленный заказ отменяют, а не оспаривают.</translation>
    </message>
    <message>
        <source>Record the refund here when the money arrives.</source>
        <translation>Запишите здесь возврат, когда деньги поступят.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands, even if the seller asks: it ends buyer protection, and a &quot;not received&quot; dispute can&apos;t be opened after it.</source>
        <translation>Не подтверждайте получение, пока посылка не окажется у вас в руках, даже если продавец просит: это завершает защиту покупателя, и после этого спор о неполучении открыть нельзя.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or press &quot;Accept&quot; on the seller&apos;s promise alone: a cancelled dispute can be opened again only while buyer protection runs.</source>
        <translation>Не отменяйте спор и не нажимайте «Принять» только из-за обещаний продавца: отменённый спор можно открыть снова, только пока действует защита покупателя.</translation>
    </message>
    <message>
        <source>Don&apos;t file a chargeback with your bank beside an open case: the order freezes and you may lose both.</source>
        <translation>Не подавайте в банк запрос на чарджбэк параллельно с открытым спором: заказ будет заморожен, и вы можете проиграть оба разбирательства.</translation>
    </message>
    <message>
        <source>Wait until the window opens; meanwhile collect the evidence in the checklist.</source>
        <translation>Дождитесь, когда можно будет открыть спор; а пока соберите доказательства по списку.</translation>
    </message>
    <message>
        <source>Write to the seller meanwhile: sometimes that is enough.</source>
        <translation>А пока напишите продавцу: иногда этого достаточно.</translation>
    </message>
    <message>
        <source>Ask the seller to extend buyer protection if the parcel is late and still on its way.</source>
        <translation>Попросите продавца продлить защиту покупателя, если посылка задерживается и ещё в пути.</translation>
    </message>
    <message>
        <source>Open this wizard again when the parcel has arrived.</source>
        <translation>Откройте этот мастер снова, когда посылка придёт.</translation>
    </message>
    <message>
        <source>Ask for a full refund.</source>
        <translation>Запросите полный возврат средств.</translation>
    </message>
    <message numerus="yes">
        <source>Ask for a partial refund if you keep the item, or for a full refund with a return (then ship it within %n day(s) of the agreement).</source>
        <translation>
            <numerusform>Запросите частичный возврат средств, если оставляете товар себе, или полный возврат с возвратом товара (тогда отправьте товар в течение %n дня после согласования).</numerusform>
            <numerusform>Запросите частичный возврат средств, если оставляете товар себе, или полный возврат с возвратом товара (тогда отправьте товар в течение %n дней после согласования).</numerusform>
            <numerusform>Запросите частичный возврат средств, если оставляете товар себе, или полный возврат с возвратом товара (тогда отправьте товар в течение %n дней после согласования).</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect the evidence in the checklist before you open the dispute.</source>
        <translation>Соберите доказательства по списку, прежде чем открывать спор.</translation>
    </message>
    <message>
        <source>On the order page press &quot;Open dispute&quot; and choose the reason.</source>
        <translation>На странице заказа нажмите «Открыть спор» и выберите причину.</translation>
    </message>
    <message>
        <source>Paste the drafted dispute text into the form, fill in the parts in […], and attach the evidence.</source>
        <translation>Вставьте подготовленный текст спора в форму, заполните части в […] и приложите доказательства.</translation>
    </message>
    <message numerus="yes">
        <source>Record the dispute here: the seller then has %n day(s) to answer, and after {escalation} it goes to the platform.</source>
        <translation>
            <numerusform>Запишите спор здесь: у продавца будет %n день на ответ, а через {escalation} спор перейдёт к площадке.</numerusform>
            <numerusform>Запишите спор здесь: у продавца будет %n дня на ответ, а через {escalation} спор перейдёт к площадке.</numerusform>
            <numerusform>Запишите спор здесь: у продавца будет %n дней на ответ, а через {escalation} спор перейдёт к площадке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>after this long the dispute goes to the platform</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer protection ended at {ended}: the safe time to open a dispute was before then. The order counts as completed, and a completed order can still be disputed for %n day(s) (until {closes}; {confidence}): this is the last chance, open it now.</source>
        <translation>
            <numerusform>Защита покупателя истекла {ended}: безопасно открыть спор можно было до этого момента. Заказ считается завершённым, а по завершённому заказу спор ещё можно открыть в течение %n дня (до {closes}; {confidence}): это последний шанс, откройте спор сейчас.</numerusform>
            <numerusform>Защита покупателя истекла {ended}: безопасно открыть спор можно было до этого момента. Заказ считается завершённым, а по завершённому заказу спор ещё можно открыть в течение %n дней (до {closes}; {confidence}): это последний шанс, откройте спор сейчас.</numerusform>
            <numerusform>Защита покупателя истекла {ended}: безопасно открыть спор можно было до этого момента. Заказ считается завершённым, а по завершённому заказу спор ещё можно открыть в течение %n дней (до {closes}; {confidence}): это последний шанс, откройте спор сейчас.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, but your payment method may still protect you (see below).</source>
        <translation>Срок открытия спора на площадке упущен, но вас ещё может защитить способ оплаты (см. ниже).</translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, and no payment-method fallback applies any more.</source>
        <translation>Срок открытия спора на площадке упущен, и защита через способ оплаты тоже уже недоступна.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through. Record it here when the money arrives.</source>
        <translation>Продавец не ответил вовремя, поэтому запрошенный вами возврат одобрен. Запишите его здесь, когда деньги поступят.</translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, your return is accepted: ship the item back within {return_days} and record its tracking number.</source>
        <translation>
            <numerusform>Продавец должен ответить в течение %n дня после открытия спора; если он промолчит, ваш возврат товара будет принят: отправьте товар обратно не позднее чем через {return_days} и запишите трек-номер.</numerusform>
            <numerusform>Продавец должен ответить в течение %n дней после открытия спора; если он промолчит, ваш возврат товара будет принят: отправьте товар обратно не позднее чем через {return_days} и запишите трек-номер.</numerusform>
            <numerusform>Продавец должен ответить в течение %n дней после открытия спора; если он промолчит, ваш возврат товара будет принят: отправьте товар обратно не позднее чем через {return_days} и запишите трек-номер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the time to ship a return back</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, the refund you asked for goes through.</source>
        <translation>
            <numerusform>Продавец должен ответить в течение %n дня после открытия спора; если он промолчит, запрошенный вами возврат будет одобрен.</numerusform>
            <numerusform>Продавец должен ответить в течение %n дней после открытия спора; если он промолчит, запрошенный вами возврат будет одобрен.</numerusform>
            <numerusform>Продавец должен ответить в течение %n дней после открытия спора; если он промолчит, запрошенный вами возврат будет одобрен.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller answered: accept an offer only when the money or the return is agreed on the platform, not on a promise.</source>
        <translation>Продавец ответил: принимайте предложение, только когда сумма или возврат товара согласованы на площадке, а не на словах.</translation>
    </message>
    <message numerus="yes">
        <source>If it is still unresolved %n day(s) after the opening, it goes to the platform; you can press &quot;Escalate dispute&quot; earlier.</source>
        <translation>
            <numerusform>Если спор не решится за %n день после открытия, он будет передан площадке; нажать «Обострить спор» можно и раньше.</numerusform>
            <numerusform>Если спор не решится за %n дня после открытия, он будет передан площадке; нажать «Обострить спор» можно и раньше.</numerusform>
            <numerusform>Если спор не решится за %n дней после открытия, он будет передан площадке; нажать «Обострить спор» можно и раньше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform decided against you: you can appeal once, within %n day(s) of the decision, with more evidence.</source>
        <translation>
            <numerusform>Площадка решила не в вашу пользу: вы можете один раз подать апелляцию с дополнительными доказательствами в течение %n дня после решения.</numerusform>
            <numerusform>Площадка решила не в вашу пользу: вы можете один раз подать апелляцию с дополнительными доказательствами в течение %n дней после решения.</numerusform>
            <numerusform>Площадка решила не в вашу пользу: вы можете один раз подать апелляцию с дополнительными доказательствами в течение %n дней после решения.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the appeal fails too, the payment method&apos;s own protection may still help (see the deadlines).</source>
        <translation>Если и апелляция не поможет, может помочь защита вашего способа оплаты (см. сроки).</translation>
    </message>
    <message numerus="yes">
        <source>Ship the return within %n day(s) of the decision and record its tracking number, or the refund is lost.</source>
        <translation>
            <numerusform>Отправьте товар обратно в течение %n дня после решения и запишите трек-номер, иначе возврат средств будет потерян.</numerusform>
            <numerusform>Отправьте товар обратно в течение %n дней после решения и запишите трек-номер, иначе возврат средств будет потерян.</numerusform>
            <numerusform>Отправьте товар обратно в течение %n дней после решения и запишите трек-номер, иначе возврат средств будет потерян.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>Площадка принимает решение: быстро отвечайте на её вопросы и добавляйте доказательства, если их попросят.</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer, the escalation, the decision and the refund here as they happen.</source>
        <translation>Записывайте здесь ответ продавца, обострение спора, решение и возврат средств по мере того, как это происходит.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>in use by a Dispute Desk window or command that is running: {path}</source>
        <translation>используется запущенным окном или командой Dispute Desk: {path}</translation>
    </message>
    <message>
        <source>left by an interrupted run (the next run removes it): {path}</source>
        <translation>остался после прерванного запуска (следующий запуск удалит его): {path}</translation>
    </message>
    <message>
        <source>{work} ({detail})</source>
        <translation>{work} ({detail})</translation>
    </message>
    <message>
        <source>{work} started {time} was interrupted; nothing of it was saved</source>
        <translation>прервана операция: {work} (начата {time}); ничего из неё не сохранено</translation>
    </message>
    <message>
        <source>the disk holding {path} has only {size} free</source>
        <translation>на диске с {path} свободно всего {size}</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>an upgrade of the data</source>
        <translation>обновление данных</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} повреждён или не является файлом данных Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data file was read without locking it (the disk is full): changes another window is making right now are not part of this check</source>
        <translation>файл данных прочитан без блокировки (диск заполнен): изменения, которые сейчас вносит другое окно, в эту проверку не попали</translation>
    </message>
    <message>
        <source>the data is at schema {revision}; this version upgrades it to {head} when it next opens it (only the file&apos;s integrity was checked)</source>
        <translation>данные в схеме {revision}; эта версия обновит их до {head} при следующем открытии (проверена только целостность файла)</translation>
    </message>
    <message>
        <source>evidence item {file} of order {order}: {reason}</source>
        <translation>доказательство {file} заказа {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {file} of order {order} ({path})</source>
        <translation>отсутствует файл доказательства: {file} заказа {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {file} of order {order} ({path})</source>
        <translation>файл доказательства повреждён (содержимое изменилось): {file} заказа {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file no item refers to (can be deleted): {path}</source>
        <translation>файл доказательства, на который ничто не ссылается (можно удалить): {path}</translation>
    </message>
    <message>
        <source>schema: the table {table} is missing</source>
        <translation>схема: отсутствует таблица {table}</translation>
    </message>
    <message>
        <source>schema: the table {table} lacks the column(s) {columns}</source>
        <translation>схема: в таблице {table} нет столбцов: {columns}</translation>
    </message>
    <message>
        <source>{table} row {rows} names its file with something that is not a SHA-256 and one of the app&apos;s extensions</source>
        <translation>{table}, строки: {rows} — имя файла не является суммой SHA-256 с одним из расширений приложения</translation>
    </message>
    <message>
        <source>{table} row {rows} is of a kind the app doesn&apos;t know</source>
        <translation>{table}, строки: {rows} — тип записи, неизвестный приложению</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a time the app can&apos;t read</source>
        <translation>{table}, строки: {rows} — время, которое приложение не может прочитать</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a total or currency the app can&apos;t read</source>
        <translation>{table}, строки: {rows} — сумма или валюта, которую приложение не может прочитать</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a price or quantity the app can&apos;t read</source>
        <translation>{table}, строки: {rows} — цена или количество, которые приложение не может прочитать</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation>
            <numerusform>{rows} и ещё %n</numerusform>
            <numerusform>{rows} и ещё %n</numerusform>
            <numerusform>{rows} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{table} row {row}: refers to a missing row in {parent}</source>
        <translation>{table}, строка {row}: ссылается на отсутствующую строку в {parent}</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>целостность: {problem}</translation>
    </message>
    <message>
        <source>foreign key: {problem}</source>
        <translation>внешний ключ: {problem}</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}: I no longer need it. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Здравствуйте! Прошу отменить заказ № {order}: он мне больше не нужен. Пожалуйста, не отправляйте его: я отправляю запрос на отмену. Подтвердите его, пожалуйста. Спасибо!</translation>
    </message>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Здравствуйте! Прошу отменить заказ № {order}. Пожалуйста, не отправляйте его: я отправляю запрос на отмену. Подтвердите его, пожалуйста. Спасибо!</translation>
    </message>
    <message>
        <source>Hello! I have sent a cancellation request for order {order}. Could you please approve it and not ship the order? Thank you!</source>
        <translation>Здравствуйте! По заказу № {order} отправлен запрос на отмену. Пожалуйста, подтвердите его и не отправляйте заказ. Спасибо!</translation>
    </message>
    <message>
        <source>Hello! I understand the item in order {order} is out of stock. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Здравствуйте! Понимаю, что товара из заказа № {order} нет в наличии. Отменять заказ самостоятельно я не буду: если вы не сможете его отправить, заказ закроется автоматически, когда закончится срок отправки, и деньги вернутся. Спасибо!</translation>
    </message>
    <message>
        <source>Hello! Order {order} was paid at the price shown when I ordered; please ship it at that price. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Здравствуйте! Заказ № {order} оплачен по цене, указанной при оформлении; пожалуйста, отправьте его по этой цене. Отменять заказ самостоятельно я не буду: если вы не сможете его отправить, заказ закроется автоматически, когда закончится срок отправки, и деньги вернутся. Спасибо!</translation>
    </message>
    <message>
        <source>Hello! You asked me to cancel order {order}. I&apos;d rather not cancel it myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you for understanding!</source>
        <translation>Здравствуйте! Вы попросили отменить заказ № {order}. Мне бы не хотелось отменять его самостоятельно: если вы не сможете его отправить, заказ закроется автоматически, когда закончится срок отправки, и деньги вернутся. Спасибо за понимание!</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Причина: {reason}.</translation>
    </message>
    <message>
        <source>Order {order}, item “{item}”</source>
        <translation>Заказ № {order}, товар «{item}»</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Заказ № {order}</translation>
    </message>
    <message>
        <source>ordered on {date}</source>
        <translation>оформлен {date}</translation>
    </message>
    <message>
        <source>shipped on {date}</source>
        <translation>отправлен {date}</translation>
    </message>
    <message>
        <source>received on {date}</source>
        <translation>получен {date}</translation>
    </message>
    <message>
        <source>delivered on {date} according to the tracking</source>
        <translation>доставлен {date} по данным отслеживания</translation>
    </message>
    <message>
        <source>{about}: {dates}.</source>
        <translation>{about}: {dates}.</translation>
    </message>
    <message>
        <source>I ask for a full refund.</source>
        <translation>Прошу полный возврат денег.</translation>
    </message>
    <message>
        <source>[amount]</source>
        <translation>[сумма]</translation>
    </message>
    <message>
        <source>I ask for a partial refund of {amount} and will keep the item, or a full refund if I return it.</source>
        <translation>Прошу частичный возврат {amount}, товар оставлю себе, или полный возврат денег при возврате товара.</translation>
    </message>
    <message numerus="yes">
        <source>I attach %n photo(s) or video(s) that show it.</source>
        <translation>
            <numerusform>Прилагаю фото и видео, которые это показывают (%n шт.).</numerusform>
            <numerusform>Прилагаю фото и видео, которые это показывают (%n шт.).</numerusform>
            <numerusform>Прилагаю фото и видео, которые это показывают (%n шт.).</numerusform>
        </translation>
    </message>
    <message>
        <source>[Attach photos or a video that show it, and say so here.]</source>
        <translation>[Приложите фото или видео, которые это показывают, и напишите об этом здесь.]</translation>
    </message>
    <message>
        <source>I attach screenshots of the tracking ({count}).</source>
        <translation>Прилагаю скриншоты отслеживания ({count} шт.).</translation>
    </message>
    <message>
        <source>[Attach screenshots of the tracking, and say so here.]</source>
        <translation>[Приложите скриншоты отслеживания и напишите об этом здесь.]</translation>
    </message>
    <message>
        <source>[date of shipment]</source>
        <translation>[дата отправки]</translation>
    </message>
    <message>
        <source>[date you received it]</source>
        <translation>[дата получения]</translation>
    </message>
    <message>
        <source>[date of delivery]</source>
        <translation>[дата доставки]</translation>
    </message>
    <message>
        <source>The tracking hasn&apos;t been updated since [date of the last update], and I haven&apos;t received the parcel.</source>
        <translation>Трек-номер не обновляется с [дата последнего обновления], посылку я не получил(а).</translation>
    </message>
    <message>
        <source>The tracking shows the parcel going to [the other destination or country], not to my address.</source>
        <translation>Отслеживание показывает, что посылка идёт в [другой пункт или страна], а не по моему адресу.</translation>
    </message>
    <message>
        <source>Buyer protection ends soon and the parcel still hasn&apos;t arrived; the tracking last showed [last tracking event].</source>
        <translation>Срок защиты покупателя скоро закончится, а посылка так и не пришла; последнее событие отслеживания: [последнее событие].</translation>
    </message>
    <message>
        <source>The tracking shows the parcel returned to the sender on [date]; I never received it.</source>
        <translation>Отслеживание показывает, что посылка возвращена отправителю [дата]; я её не получил(а).</translation>
    </message>
    <message>
        <source>The parcel is held at customs since [date]: [what customs says].</source>
        <translation>Посылка задержана на таможне с [дата]: [что сообщает таможня].</translation>
    </message>
    <message>
        <source>The listing promised: [what the listing said]. What arrived: [what you received].</source>
        <translation>В описании товара обещано: [что указано в описании]. Пришло: [что вы получили].</translation>
    </message>
    <message>
        <source>The item doesn&apos;t work: [what happens when you use it]. The listing promised: [what the listing said].</source>
        <translation>Товар не работает: [что происходит при использовании]. В описании обещано: [что указано в описании].</translation>
    </message>
    <message>
        <source>The item arrived damaged: [what is damaged].</source>
        <translation>Товар пришёл повреждённым: [что повреждено].</translation>
    </message>
    <message>
        <source>I ordered [what you ordered], but received [what arrived].</source>
        <translation>Я заказал(а) [что вы заказали], а получил(а) [что пришло].</translation>
    </message>
    <message>
        <source>I ordered [number] pieces, but only [number] arrived.</source>
        <translation>Я заказал(а) [количество] шт., а пришло только [количество] шт.</translation>
    </message>
    <message>
        <source>The listing promised a genuine [brand] product, but what arrived is a counterfeit: [what shows it].</source>
        <translation>В описании обещан оригинальный товар [бренд], а пришла подделка: [чем это видно].</translation>
    </message>
    <message>
        <source>The parcel arrived empty: it weighs [weight] instead of [expected weight].</source>
        <translation>Посылка пришла пустой: её вес [вес] вместо [ожидаемый вес].</translation>
    </message>
    <message>
        <source>parcel not received, tracking not updated</source>
        <translation>посылка не получена, трек не обновляется</translation>
    </message>
    <message>
        <source>parcel not received, sent to another destination</source>
        <translation>посылка не получена, отправлена не туда</translation>
    </message>
    <message>
        <source>parcel not received, delivery period ending</source>
        <translation>посылка не получена, срок доставки истекает</translation>
    </message>
    <message>
        <source>parcel not received, returned to the sender</source>
        <translation>посылка не получена, возвращена отправителю</translation>
    </message>
    <message>
        <source>parcel not received, held at customs</source>
        <translation>посылка не получена, задержана на таможне</translation>
    </message>
    <message>
        <source>item not as described</source>
        <translation>товар не соответствует описанию</translation>
    </message>
    <message>
        <source>item defective or doesn&apos;t work</source>
        <translation>товар неисправен или не работает</translation>
    </message>
    <message>
        <source>item damaged</source>
        <translation>товар повреждён</translation>
    </message>
    <message>
        <source>wrong item sent</source>
        <translation>прислан не тот товар</translation>
    </message>
    <message>
        <source>quantity short</source>
        <translation>пришло меньше, чем заказано</translation>
    </message>
    <message>
        <source>counterfeit item</source>
        <translation>подделка</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>пустая посылка</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>paid</source>
        <translation>оплата</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>отправка</translation>
    </message>
    <message>
        <source>tracking-update</source>
        <translation>обновление трека</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставка</translation>
    </message>
    <message>
        <source>received</source>
        <translation>подтверждение получения</translation>
    </message>
    <message>
        <source>cancel-requested</source>
        <translation>запрос на отмену</translation>
    </message>
    <message>
        <source>cancel-approved</source>
        <translation>одобрение отмены</translation>
    </message>
    <message>
        <source>cancel-rejected</source>
        <translation>отказ в отмене</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отмена заказа</translation>
    </message>
    <message>
        <source>extension-requested</source>
        <translation>запрос продления защиты</translation>
    </message>
    <message>
        <source>protection-extended</source>
        <translation>продление защиты</translation>
    </message>
    <message>
        <source>dispute-opened</source>
        <translation>открытие спора</translation>
    </message>
    <message>
        <source>dispute-cancelled</source>
        <translation>отмена спора</translation>
    </message>
    <message>
        <source>seller-responded</source>
        <translation>ответ продавца</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>обострение спора</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>решение по спору</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>апелляция</translation>
    </message>
    <message>
        <source>refund-issued</source>
        <translation>оформление возврата</translation>
    </message>
    <message>
        <source>refund-received</source>
        <translation>получение возврата</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>оформление заказа</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменение заказа</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>перемещение в корзину</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановление из корзины</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events</source>
        <translation>Скриншоты страницы отслеживания с датами последних событий</translation>
    </message>
    <message>
        <source>Screenshots of your chat with the seller</source>
        <translation>Скриншоты переписки с продавцом</translation>
    </message>
    <message>
        <source>An unboxing video, from the sealed parcel to its contents</source>
        <translation>Видео распаковки — от запечатанной посылки до её содержимого</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options)</source>
        <translation>Скриншот страницы товара (описание, фото, выбранные параметры)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (no update for a long time)</source>
        <translation>Скриншоты страницы отслеживания с датами последних событий (давно нет обновлений)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (another destination, country or post office)</source>
        <translation>Скриншоты страницы отслеживания с датами последних событий (другое место назначения, страна или почтовое отделение)</translation>
    </message>
    <message>
        <source>A screenshot of your delivery address on the order page</source>
        <translation>Скриншот адреса доставки на странице заказа</translation>
    </message>
    <message>
        <source>A statement from your post office that the parcel didn&apos;t arrive there</source>
        <translation>Справка из вашего почтового отделения о том, что посылка туда не поступала</translation>
    </message>
    <message>
        <source>A screenshot of the buyer protection countdown on the order page</source>
        <translation>Скриншот таймера защиты покупателя на странице заказа</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (the return to the sender)</source>
        <translation>Скриншоты страницы отслеживания с датами последних событий (возврат отправителю)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (held at customs)</source>
        <translation>Скриншоты страницы отслеживания с датами последних событий (задержка на таможне)</translation>
    </message>
    <message>
        <source>The customs or post-office statement or notice about the parcel</source>
        <translation>Справка или уведомление таможни или почты о посылке</translation>
    </message>
    <message>
        <source>Photos of each difference from the listing</source>
        <translation>Фото каждого отличия от описания товара</translation>
    </message>
    <message>
        <source>For size problems: a photo with a ruler next to the item, and its size label</source>
        <translation>При проблемах с размером: фото товара с линейкой рядом и его бирка с размером</translation>
    </message>
    <message>
        <source>A video showing that it doesn&apos;t work</source>
        <translation>Видео, на котором видно, что товар не работает</translation>
    </message>
    <message>
        <source>Photos of the defect</source>
        <translation>Фото дефекта</translation>
    </message>
    <message>
        <source>Photos of each damage</source>
        <translation>Фото каждого повреждения</translation>
    </message>
    <message>
        <source>Photos of the parcel and its packaging as it arrived</source>
        <translation>Фото посылки и упаковки в том виде, в каком они пришли</translation>
    </message>
    <message>
        <source>A post-office statement if the parcel arrived damaged</source>
        <translation>Справка с почты, если посылка пришла повреждённой</translation>
    </message>
    <message>
        <source>Photos of what arrived, next to the listing&apos;s photos</source>
        <translation>Фото того, что пришло, рядом с фото из описания товара</translation>
    </message>
    <message>
        <source>Photos of the labels and markings of what arrived</source>
        <translation>Фото этикеток и маркировки того, что пришло</translation>
    </message>
    <message>
        <source>A photo of everything that arrived, laid out and counted</source>
        <translation>Фото всего, что пришло, — разложенного и пересчитанного</translation>
    </message>
    <message>
        <source>A weight photo of the parcel on scales</source>
        <translation>Фото посылки на весах</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) showing the quantity</source>
        <translation>Скриншот страницы товара (описание, фото, выбранные параметры), где видно количество</translation>
    </message>
    <message>
        <source>Photos of each difference from the genuine product (logos, labels, serial numbers)</source>
        <translation>Фото каждого отличия от оригинала (логотипы, этикетки, серийные номера)</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) claiming the brand</source>
        <translation>Скриншот страницы товара (описание, фото, выбранные параметры), где заявлен бренд</translation>
    </message>
    <message>
        <source>Photos of the empty parcel and its packaging</source>
        <translation>Фото пустой посылки и её упаковки</translation>
    </message>
    <message>
        <source>A post-office statement of the parcel&apos;s weight on delivery</source>
        <translation>Справка с почты о весе посылки при вручении</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, MP4, MOV or WebM</source>
        <translation>JPEG, PNG, WebP, HEIC, MP4, MOV или WebM</translation>
    </message>
    <message>
        <source>{name} is an AVIF image; only {formats} files can be attached</source>
        <translation>{name} — изображение AVIF; прикреплять можно только файлы {formats}</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a named pipe or a device); only files can be attached</source>
        <translation>{path} — не обычный файл (именованный канал или устройство); прикреплять можно только файлы</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo or video</source>
        <translation>{path} — это папка, а не фото или видео</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read (no permission)</source>
        <translation>не удаётся прочитать {path} (нет доступа)</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>файл {name} пуст</translation>
    </message>
    <message>
        <source>{name} is larger than 4 GB</source>
        <translation>файл {name} больше 4 ГБ</translation>
    </message>
    <message>
        <source>{name} is not a photo or video that can be kept ({formats})</source>
        <translation>{name} — не фото или видео в поддерживаемом формате ({formats})</translation>
    </message>
    <message>
        <source>{name} has no pixels</source>
        <translation>в {name} нет пикселей</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels, too large to keep (at most {megapixels} megapixels and {side} pixels a side)</source>
        <translation>{name} имеет размер {width}×{height} пикселей — слишком большой (не более {megapixels} Мпикс и {side} пикселей по стороне)</translation>
    </message>
    <message>
        <source>{name} is too large to open safely (a decompression bomb?)</source>
        <translation>{name} слишком велик, чтобы безопасно его открыть (декомпрессионная бомба?)</translation>
    </message>
    <message>
        <source>{name} is not a readable image</source>
        <translation>{name} не удаётся прочитать как изображение</translation>
    </message>
    <message>
        <source>{name} is damaged or cut off ({reason})</source>
        <translation>{name} повреждён или обрезан ({reason})</translation>
    </message>
    <message>
        <source>{sha256} is not a SHA-256; no cached file is made for it</source>
        <translation>{sha256} не является суммой SHA-256; кэшированный файл для него не создаётся</translation>
    </message>
    <message>
        <source>{source} can&apos;t be read: {reason}</source>
        <translation>не удаётся прочитать {source}: {reason}</translation>
    </message>
    <message>
        <source>{name} changed while it was being attached; try again</source>
        <translation>{name} изменился во время прикрепления; повторите попытку</translation>
    </message>
    <message>
        <source>{name} is not a readable image: {reason}</source>
        <translation>{name} не удаётся прочитать как изображение: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable video: {reason}</source>
        <translation>{name} не удаётся прочитать как видео: {reason}</translation>
    </message>
    <message>
        <source>too many boxes</source>
        <translation>слишком много блоков</translation>
    </message>
    <message>
        <source>it ends in the middle of a box (cut off?)</source>
        <translation>файл обрывается посреди блока (обрезан?)</translation>
    </message>
    <message>
        <source>a box has an impossible size ({size} bytes)</source>
        <translation>у блока невозможный размер ({size} байт)</translation>
    </message>
    <message>
        <source>a box runs past the end of the file (cut off?)</source>
        <translation>блок выходит за конец файла (обрезан?)</translation>
    </message>
    <message>
        <source>it does not start with a valid file-type box</source>
        <translation>файл не начинается с корректного блока типа файла</translation>
    </message>
    <message>
        <source>{name} is not a readable image: it has no image header (meta box)</source>
        <translation>{name} не удаётся прочитать как изображение: нет заголовка изображения (блок meta)</translation>
    </message>
    <message>
        <source>it has two movie headers</source>
        <translation>в нём два заголовка видео</translation>
    </message>
    <message>
        <source>it has no movie header (moov box)</source>
        <translation>в нём нет заголовка видео (блок moov)</translation>
    </message>
    <message>
        <source>it has no media data</source>
        <translation>в нём нет медиаданных</translation>
    </message>
    <message>
        <source>its movie header is implausibly large</source>
        <translation>его заголовок видео неправдоподобно велик</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>в нём нет видеодорожки</translation>
    </message>
    <message>
        <source>it ends in the middle of an element (cut off?)</source>
        <translation>файл обрывается посреди элемента (обрезан?)</translation>
    </message>
    <message>
        <source>an element has an invalid length</source>
        <translation>у элемента недопустимая длина</translation>
    </message>
    <message>
        <source>an element has an invalid ID</source>
        <translation>у элемента недопустимый ID</translation>
    </message>
    <message>
        <source>an element runs past the end of the file (cut off?)</source>
        <translation>элемент выходит за конец файла (обрезан?)</translation>
    </message>
    <message>
        <source>too many elements</source>
        <translation>слишком много элементов</translation>
    </message>
    <message>
        <source>an element inside the header has an unknown size</source>
        <translation>у элемента внутри заголовка неизвестный размер</translation>
    </message>
    <message>
        <source>its EBML header is invalid</source>
        <translation>его заголовок EBML некорректен</translation>
    </message>
    <message>
        <source>it is not a WebM or Matroska file</source>
        <translation>это не файл WebM или Matroska</translation>
    </message>
    <message>
        <source>it has no segment after its header</source>
        <translation>после заголовка нет сегмента</translation>
    </message>
    <message>
        <source>its track or info header has an invalid size</source>
        <translation>у заголовка дорожки или информации недопустимый размер</translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation>в нём нет кадров</translation>
    </message>
    <message>
        <source>a block inside a cluster has an unknown size</source>
        <translation>у блока внутри кластера неизвестный размер</translation>
    </message>
    <message>
        <source>no files to attach</source>
        <translation>нет файлов для прикрепления</translation>
    </message>
    <message>
        <source>attach at most {limit} files at a time</source>
        <translation>за один раз можно прикрепить файлов: не более {limit}</translation>
    </message>
    <message>
        <source>{file} is not an image</source>
        <translation>{file} не является изображением</translation>
    </message>
    <message>
        <source>a thumbnail is between 16 and 2048 pixels a side</source>
        <translation>размер миниатюры — от 16 до 2048 пикселей по стороне</translation>
    </message>
    <message>
        <source>the stored file of {file} is missing (run &apos;dispute-desk doctor&apos;)</source>
        <translation>сохранённый файл для {file} отсутствует (выполните &apos;dispute-desk doctor&apos;)</translation>
    </message>
    <message>
        <source>evidence item {name} of order {order}: {reason}</source>
        <translation>доказательство {name} заказа {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {name} of order {order} ({path})</source>
        <translation>отсутствует файл доказательства: {name} заказа {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {name} of order {order} ({path})</source>
        <translation>файл доказательства повреждён (содержимое изменилось): {name} заказа {order} ({path})</translation>
    </message>
    <message>
        <source>a caption can be at most {limit} characters</source>
        <translation>подпись может содержать не более {limit} символов</translation>
    </message>
    <message>
        <source>no evidence item {id}</source>
        <translation>нет доказательства {id}</translation>
    </message>
    <message>
        <source>{path} appeared while the pack was being written; nothing was replaced</source>
        <translation>{path} появился во время создания пакета; ничего не заменено</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} — это файл, а не папка</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder (nothing is overwritten)</source>
        <translation>{path} уже существует; выберите другую папку (ничего не перезаписывается)</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose another folder</source>
        <translation>папка {path} уже существует и не пуста; выберите другую папку</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} — это папка; укажите имя файла</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>папка {path} не существует</translation>
    </message>
    <message>
        <source>can&apos;t write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>the processing time</source>
        <translation>срок обработки</translation>
    </message>
    <message>
        <source>the ship-by time</source>
        <translation>срок отправки</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>трек-номер</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>служба доставки</translation>
    </message>
    <message>
        <source>the end of buyer protection</source>
        <translation>окончание защиты покупателя</translation>
    </message>
    <message>
        <source>the protection countdown</source>
        <translation>таймер защиты</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>the refund asked for</source>
        <translation>запрошенный возврат</translation>
    </message>
    <message>
        <source>a return of the item</source>
        <translation>возврат товара</translation>
    </message>
    <message>
        <source>the seller&apos;s offer</source>
        <translation>предложение продавца</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>число дней</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>товар</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Payment being checked</source>
        <translation>Проверка оплаты</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Запрошена отмена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Открыт спор</translation>
    </message>
    <message>
        <source>Dispute escalated</source>
        <translation>Спор обострён</translation>
    </message>
    <message>
        <source>Dispute decided</source>
        <translation>Решение по спору</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Ожидается возврат</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Средства возвращены</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Unpaid order closes</source>
        <translation>Неоплаченный заказ закрывается</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Проверка оплаты завершается</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Продавец должен отправить</translation>
    </message>
    <message>
        <source>Cancellation auto-approved</source>
        <translation>Отмена одобряется автоматически</translation>
    </message>
    <message>
        <source>Ask for extension</source>
        <translation>Запросить продление защиты</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Защита покупателя истекает</translation>
    </message>
    <message>
        <source>&quot;Not received&quot; dispute possible</source>
        <translation>Можно открыть спор о неполучении</translation>
    </message>
    <message>
        <source>Dispute window ends</source>
        <translation>Срок открытия спора истекает</translation>
    </message>
    <message>
        <source>Seller must respond</source>
        <translation>Продавец должен ответить</translation>
    </message>
    <message>
        <source>Dispute escalates</source>
        <translation>Спор обостряется</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Отправить товар обратно</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Ожидается возврат средств</translation>
    </message>
    <message>
        <source>PayPal dispute window ends</source>
        <translation>Срок спора в PayPal истекает</translation>
    </message>
    <message>
        <source>Chargeback window ends</source>
        <translation>Срок чарджбэка истекает</translation>
    </message>
    <message>
        <source>Platform&apos;s decision expected</source>
        <translation>Ожидается решение площадки</translation>
    </message>
    <message>
        <source>Appeal window ends</source>
        <translation>Срок подачи апелляции истекает</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>просрочено на %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{name} is not a readable XLSX workbook ({reason})</source>
        <translation>{name} не удаётся прочитать как книгу XLSX ({reason})</translation>
    </message>
    <message>
        <source>{name} holds {count} parts, more than a workbook of orders does</source>
        <translation>частей в {name}: {count} — больше, чем бывает в книге с заказами</translation>
    </message>
    <message>
        <source>{name}: {part} would expand {ratio} times ({size} MB from a small file); that is not a spreadsheet of orders (a zip bomb?)</source>
        <translation>{name}: {part} при распаковке увеличится в {ratio} раз ({size} МБ из маленького файла); это не таблица заказов (zip-бомба?)</translation>
    </message>
    <message>
        <source>{name}: {part} is {size} MB, too large to read</source>
        <translation>{name}: {part} занимает {size} МБ — слишком много для чтения</translation>
    </message>
    <message>
        <source>{name} would expand to {size} MB, too large to read</source>
        <translation>{name} при распаковке займёт {size} МБ — слишком много для чтения</translation>
    </message>
    <message>
        <source>{name} has no sheet &quot;{sheet}&quot;</source>
        <translation>в {name} нет листа «{sheet}»</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read ({reason})</source>
        <translation>{name}: не удаётся прочитать лист «{sheet}» ({reason})</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; has no column {names}</source>
        <translation>{name}: на листе «{sheet}» нет столбца {names}</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read after line {line} ({reason})</source>
        <translation>{name}: лист «{sheet}» не удаётся прочитать после строки {line} ({reason})</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>поле «{what}» пустое</translation>
    </message>
    <message>
        <source>{what} {value} is not a whole number of cents</source>
        <translation>{what}: {value} — не целое число центов</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a number of cents</source>
        <translation>{what}: «{value}» — не число центов</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a whole number of cents</source>
        <translation>{what}: «{value}» — не целое число центов</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>gmt_create_order_time is empty</source>
        <translation>поле gmt_create_order_time пустое</translation>
    </message>
    <message>
        <source>item_name is empty</source>
        <translation>поле item_name пустое</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>дата заказа</translation>
    </message>
    <message>
        <source>order time</source>
        <translation>время заказа</translation>
    </message>
    <message>
        <source>payment time</source>
        <translation>время оплаты</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>поле «{what}» пустое</translation>
    </message>
    <message>
        <source>the {what} {value} was stored as a number and may have lost digits; export ids as text</source>
        <translation>значение «{what}» ({value}) сохранено как число и могло потерять цифры; экспортируйте идентификаторы как текст</translation>
    </message>
    <message>
        <source>the {what} &quot;{text}&quot; was rounded by a spreadsheet; export ids as text</source>
        <translation>значение «{what}» («{text}») округлено электронной таблицей; экспортируйте идентификаторы как текст</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an {what}</source>
        <translation>«{text}» — недопустимое значение для «{what}»</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not an {what}: {message}</source>
        <translation>«{shown}» — недопустимое значение для «{what}»: {message}</translation>
    </message>
    <message>
        <source>the quantity &quot;{text}&quot; is not a whole number of items</source>
        <translation>количество «{text}» — не целое число штук</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>столбец «{column}» пуст</translation>
    </message>
    <message>
        <source>order {order} is in {currency} on line {line} but in {other} here</source>
        <translation>заказ {order} в строке {line} указан в {currency}, а здесь — в {other}</translation>
    </message>
    <message numerus="yes">
        <source>none of the first %n row(s) can be read (line {line}: {message}); it is not an order file of this kind</source>
        <translation>
            <numerusform>не удаётся прочитать ни одну из первых %n строки (строка {line}: {message}); это не файл заказов такого типа</numerusform>
            <numerusform>не удаётся прочитать ни одну из первых %n строк (строка {line}: {message}); это не файл заказов такого типа</numerusform>
            <numerusform>не удаётся прочитать ни одну из первых %n строк (строка {line}: {message}); это не файл заказов такого типа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) can&apos;t be read</source>
        <translation>
            <numerusform>…и ещё %n строку не удаётся прочитать</numerusform>
            <numerusform>…и ещё %n строки не удаётся прочитать</numerusform>
            <numerusform>…и ещё %n строк не удаётся прочитать</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>файл {name} пуст</translation>
    </message>
    <message>
        <source>{name} is a workbook without the sheet &quot;{sheet}&quot; of AliExpress&apos;s data backup (it has: {sheets})</source>
        <translation>{name} — книга без листа «{sheet}» из резервной копии данных AliExpress (в ней есть: {sheets})</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>нет листов</translation>
    </message>
    <message>
        <source>{name} is not an order file Dispute Desk knows (its first line is &quot;{shown}&quot;)</source>
        <translation>Dispute Desk не знает такого файла заказов: {name} (первая строка: «{shown}»)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>нет файла для импорта</translation>
    </message>
    <message>
        <source>these files are in different formats; import them one by one: {listed}</source>
        <translation>эти файлы в разных форматах; импортируйте их по одному: {listed}</translation>
    </message>
    <message>
        <source>import {format} files one at a time</source>
        <translation>файлы {format} импортируйте по одному</translation>
    </message>
    <message>
        <source>can&apos;t read {names} as {format}: {reason}</source>
        <translation>не удаётся прочитать {names} как {format}: {reason}</translation>
    </message>
    <message>
        <source>{format} is not a file format</source>
        <translation>{format} — не формат файла</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — это папка, а не файл</translation>
    </message>
    <message>
        <source>can&apos;t read {path}: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is an empty list: there are no orders in it</source>
        <translation>{name} — пустой список: заказов в нём нет</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (or its first item is over 64 KB)</source>
        <translation>{name} — некорректный JSON (или его первый элемент больше 64 КБ)</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply to be an order list</source>
        <translation>в {name} слишком глубокая вложенность списков или объектов для списка заказов</translation>
    </message>
    <message>
        <source>{name} is JSON, but not the Shopper Inventory order list (no orderId keys)</source>
        <translation>{name} — JSON, но не список заказов Shopper Inventory (нет ключей orderId)</translation>
    </message>
    <message>
        <source>message {message} is larger than {size} MB; not a notification</source>
        <translation>письмо {message} больше {size} МБ; это не уведомление</translation>
    </message>
    <message>
        <source>message {message} has {size} KB of headers; not a notification</source>
        <translation>у письма {message} заголовки занимают {size} КБ; это не уведомление</translation>
    </message>
    <message>
        <source>message {message} has more encoded header words than a notification</source>
        <translation>в письме {message} больше закодированных слов в заголовках, чем бывает в уведомлении</translation>
    </message>
    <message>
        <source>message {message} nests more parts than a notification</source>
        <translation>в письме {message} больше вложенных частей, чем бывает в уведомлении</translation>
    </message>
    <message>
        <source>message {message} nests its parts too deeply</source>
        <translation>в письме {message} слишком глубокая вложенность частей</translation>
    </message>
    <message>
        <source>can&apos;t read the e-mail</source>
        <translation>не удаётся прочитать письмо</translation>
    </message>
    <message>
        <source>message {message} can&apos;t be read ({reason})</source>
        <translation>не удаётся прочитать письмо {message} ({reason})</translation>
    </message>
    <message>
        <source>message {message} is not from AliExpress (from &quot;{sender}&quot;)</source>
        <translation>письмо {message} не от AliExpress (отправитель: «{sender}»)</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) has no readable Date</source>
        <translation>в письме {message} («{subject}») нет читаемого поля Date</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) is not a shipping or delivery notice</source>
        <translation>письмо {message} («{subject}») — не уведомление об отправке или доставке</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) names no order number or tracking number</source>
        <translation>в письме {message} («{subject}») нет ни номера заказа, ни трек-номера</translation>
    </message>
    <message>
        <source>Shopper Inventory CSV</source>
        <translation>Shopper Inventory CSV</translation>
    </message>
    <message>
        <source>Shopper Inventory JSON</source>
        <translation>Shopper Inventory JSON</translation>
    </message>
    <message>
        <source>AliExpress data backup (XLSX)</source>
        <translation>резервная копия данных AliExpress (XLSX)</translation>
    </message>
    <message>
        <source>AliExpress-Order-Export CSV</source>
        <translation>AliExpress-Order-Export CSV</translation>
    </message>
    <message>
        <source>aliexpress-order-exporter CSV</source>
        <translation>aliexpress-order-exporter CSV</translation>
    </message>
    <message>
        <source>tab-separated order rows</source>
        <translation>строки заказов, разделённые табуляцией</translation>
    </message>
    <message>
        <source>AliExpress notification e-mails</source>
        <translation>письма-уведомления AliExpress</translation>
    </message>
    <message>
        <source>order page text</source>
        <translation>текст страницы заказа</translation>
    </message>
    <message>
        <source>{name} is neither the orders nor the order lines file of AliExpress-Order-Export</source>
        <translation>{name} — не файл заказов и не файл строк заказов AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>order_title is empty</source>
        <translation>поле order_title пустое</translation>
    </message>
    <message>
        <source>no countdown in &quot;{text}&quot;</source>
        <translation>в «{text}» нет таймера</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: minutes and seconds go up to 59</source>
        <translation>«{text}» — не таймер: минут и секунд может быть не больше 59</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: more than 3650 days</source>
        <translation>«{text}» — не таймер: больше 3650 дней</translation>
    </message>
    <message>
        <source>total: {reason}</source>
        <translation>сумма: {reason}</translation>
    </message>
    <message>
        <source>item price: {reason}</source>
        <translation>цена товара: {reason}</translation>
    </message>
    <message>
        <source>still missing: {names}</source>
        <translation>ещё не хватает: {names}</translation>
    </message>
    <message>
        <source>the order time is in the future</source>
        <translation>время заказа в будущем</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a JSON order list of more than {limit} MB can&apos;t be imported (export it as CSV, or in parts)</source>
        <translation>{name} занимает {size} МБ; список заказов JSON больше {limit} МБ импортировать нельзя (экспортируйте его в CSV или по частям)</translation>
    </message>
    <message>
        <source>{name} is not a JSON list of orders</source>
        <translation>{name} — не список заказов в формате JSON</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}: {reason})</source>
        <translation>{name} — некорректный JSON (строка {line}: {reason})</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply (line {line}); an order list is a few levels deep</source>
        <translation>в {name} слишком глубокая вложенность списков или объектов (строка {line}); в списке заказов всего несколько уровней</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (a list item is not followed by , or ])</source>
        <translation>{name} — некорректный JSON (после элемента списка нет , или ])</translation>
    </message>
    <message>
        <source>this list item is not an object</source>
        <translation>этот элемент списка не является объектом</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>поле title пустое</translation>
    </message>
    <message>
        <source>orderDate is empty</source>
        <translation>поле orderDate пустое</translation>
    </message>
    <message>
        <source>no file {path}</source>
        <translation>нет файла {path}</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a named pipe or a device); only files can be imported</source>
        <translation>{name} — не обычный файл (именованный канал или устройство); импортировать можно только файлы</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {limit} MB)</source>
        <translation>{name} слишком велик для импорта ({size} МБ; максимум {limit} МБ)</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this computer knows</source>
        <translation>кодировка «{encoding}» неизвестна этому компьютеру</translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines; split it into smaller files (an import is checked as a whole before anything is written)</source>
        <translation>в {name} больше {limit} строк; разделите его на файлы поменьше (импорт проверяется целиком до того, как что-либо записывается)</translation>
    </message>
    <message>
        <source>the first line can&apos;t be read as a CSV header ({reason})</source>
        <translation>первую строку не удаётся прочитать как заголовок CSV ({reason})</translation>
    </message>
    <message>
        <source>line {line} can&apos;t be read ({reason})</source>
        <translation>не удаётся прочитать строку {line} ({reason})</translation>
    </message>
    <message>
        <source>this row can&apos;t be read ({reason})</source>
        <translation>не удаётся прочитать эту строку ({reason})</translation>
    </message>
    <message>
        <source>line {line} is longer than {size} MB of text</source>
        <translation>строка {line} длиннее {size} МБ текста</translation>
    </message>
    <message>
        <source>this row can&apos;t be read (a field is longer than {size} MB of text)</source>
        <translation>не удаётся прочитать эту строку (поле длиннее {size} МБ текста)</translation>
    </message>
    <message>
        <source>a field is longer than {size} MB of text</source>
        <translation>поле длиннее {size} МБ текста</translation>
    </message>
    <message>
        <source>{event} on {time}Z is in the future</source>
        <translation>событие {event} ({time}Z) — в будущем</translation>
    </message>
    <message>
        <source>the order date {date} is in the future</source>
        <translation>дата заказа {date} — в будущем</translation>
    </message>
    <message numerus="yes">
        <source>new order, %n line(s), {event}</source>
        <translation>
            <numerusform>новый заказ, %n позиция, {event}</numerusform>
            <numerusform>новый заказ, %n позиции, {event}</numerusform>
            <numerusform>новый заказ, %n позиций, {event}</numerusform>
        </translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it to import it again</source>
        <translation>заказ {order} в корзине; восстановите его, чтобы импортировать снова</translation>
    </message>
    <message>
        <source>status “{status}” not recorded: {reason}</source>
        <translation>статус «{status}» не записан: {reason}</translation>
    </message>
    <message>
        <source>already imported, nothing changed</source>
        <translation>уже импортирован, изменений нет</translation>
    </message>
    <message>
        <source>adds {events}</source>
        <translation>добавляет: {events}</translation>
    </message>
    <message>
        <source>the source rows changed</source>
        <translation>исходные строки изменились</translation>
    </message>
    <message>
        <source>order {order}: {reason}</source>
        <translation>заказ {order}: {reason}</translation>
    </message>
    <message>
        <source>order {order} is not in Dispute Desk</source>
        <translation>заказа {order} нет в Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: order {order} is not in Dispute Desk; import the order first</source>
        <translation>письмо {message}: заказа {order} нет в Dispute Desk; сначала импортируйте заказ</translation>
    </message>
    <message>
        <source>the parcel {tracking} is not in Dispute Desk</source>
        <translation>посылки {tracking} нет в Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: the parcel {tracking} is not in Dispute Desk; import the order first</source>
        <translation>письмо {message}: посылки {tracking} нет в Dispute Desk; сначала импортируйте заказ</translation>
    </message>
    <message>
        <source>the order is in the trash</source>
        <translation>заказ в корзине</translation>
    </message>
    <message>
        <source>{event}: already known</source>
        <translation>{event}: уже известно</translation>
    </message>
    <message>
        <source>the e-mail is dated in the future ({time})</source>
        <translation>письмо датировано будущим временем ({time})</translation>
    </message>
    <message>
        <source>message {message} (order {order}): {reason}</source>
        <translation>письмо {message} (заказ {order}): {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>импорт отменён; ничего не импортировано</translation>
    </message>
    <message>
        <source>{files} has no orders in it</source>
        <translation>в {files} нет заказов</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n row(s) of {files} could be read as {format} (line {line}: {reason})</source>
        <translation>
            <numerusform>ни одну из %n строки в {files} не удалось прочитать как {format} (строка {line}: {reason})</numerusform>
            <numerusform>ни одну из %n строк в {files} не удалось прочитать как {format} (строка {line}: {reason})</numerusform>
            <numerusform>ни одну из %n строк в {files} не удалось прочитать как {format} (строка {line}: {reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;{format}&quot; (one of: {choices})</source>
        <translation>неизвестный формат «{format}» (допустимые: {choices})</translation>
    </message>
    <message>
        <source>can&apos;t read {files} as {format}: {reason}</source>
        <translation>не удаётся прочитать {files} как {format}: {reason}</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>&quot;{text}&quot; is not a whole number</source>
        <translation>«{text}» — не целое число</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot;</source>
        <translation>неизвестная валюта «{code}»</translation>
    </message>
    <message>
        <source>try &quot;2026-02-21&quot;, &quot;Feb 21, 2026&quot; or &quot;21.02.2026&quot;</source>
        <translation>попробуйте «2026-02-21», «21 февраля 2026» или «21.02.2026»</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{text}&quot; as a date ({reason})</source>
        <translation>не удаётся прочитать «{text}» как дату ({reason})</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last}</source>
        <translation>год должен быть от {first} до {last}</translation>
    </message>
    <message>
        <source>enter a date, such as &quot;2026-02-21&quot;</source>
        <translation>введите дату, например «2026-02-21»</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>такой даты не существует</translation>
    </message>
    <message>
        <source>with AM or PM the hour goes from 1 to 12</source>
        <translation>с AM или PM часы указываются от 1 до 12</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>такого времени суток не существует</translation>
    </message>
    <message>
        <source>give the year with four digits</source>
        <translation>укажите год четырьмя цифрами</translation>
    </message>
    <message>
        <source>it gives the weeks twice</source>
        <translation>недели указаны дважды</translation>
    </message>
    <message>
        <source>it gives the days twice</source>
        <translation>дни указаны дважды</translation>
    </message>
    <message>
        <source>it gives the hours twice</source>
        <translation>часы указаны дважды</translation>
    </message>
    <message>
        <source>it gives the minutes twice</source>
        <translation>минуты указаны дважды</translation>
    </message>
    <message>
        <source>it gives the seconds twice</source>
        <translation>секунды указаны дважды</translation>
    </message>
    <message>
        <source>try &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>попробуйте «12d 05:33:10» или «5 часов»</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a duration ({reason})</source>
        <translation>не удаётся прочитать {text} как длительность ({reason})</translation>
    </message>
    <message>
        <source>minutes and seconds go up to 59</source>
        <translation>минуты и секунды — не больше 59</translation>
    </message>
    <message>
        <source>use whole minutes and seconds</source>
        <translation>используйте целые минуты и секунды</translation>
    </message>
    <message>
        <source>enter a duration, such as &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>введите длительность, например «12d 05:33:10» или «5 часов»</translation>
    </message>
    <message>
        <source>a duration can&apos;t be negative: {text}</source>
        <translation>длительность не может быть отрицательной: {text}</translation>
    </message>
    <message>
        <source>that is more than 3650 days</source>
        <translation>это больше 3650 дней</translation>
    </message>
    <message>
        <source>it is not a whole number of seconds</source>
        <translation>это не целое число секунд</translation>
    </message>
    <message>
        <source>try &quot;12.34&quot; or &quot;US $12.34&quot;</source>
        <translation>попробуйте «12.34» или «US $12.34»</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as an amount ({reason})</source>
        <translation>не удаётся прочитать {text} как сумму ({reason})</translation>
    </message>
    <message>
        <source>&quot;{symbol}&quot; is not a currency we know</source>
        <translation>«{symbol}» — неизвестная валюта</translation>
    </message>
    <message>
        <source>it names two currencies, {first} and {second}</source>
        <translation>указаны две валюты: {first} и {second}</translation>
    </message>
    <message>
        <source>it mixes thousands separators</source>
        <translation>смешаны разные разделители тысяч</translation>
    </message>
    <message>
        <source>thousands go in groups of three digits</source>
        <translation>тысячи разделяются группами по три цифры</translation>
    </message>
    <message>
        <source>enter an amount, such as &quot;12.34&quot;</source>
        <translation>введите сумму, например «12.34»</translation>
    </message>
    <message>
        <source>an amount can&apos;t be negative: {text}</source>
        <translation>сумма не может быть отрицательной: {text}</translation>
    </message>
    <message>
        <source>{text} is in {currency}, but the amount should be in {expected}</source>
        <translation>{text} указано в {currency}, а сумма должна быть в {expected}</translation>
    </message>
    <message>
        <source>that is more than 10^12</source>
        <translation>это больше 10^12</translation>
    </message>
    <message numerus="yes">
        <source>{currency} has %n decimal(s)</source>
        <translation>
            <numerusform>у валюты {currency} %n знак после запятой</numerusform>
            <numerusform>у валюты {currency} %n знака после запятой</numerusform>
            <numerusform>у валюты {currency} %n знаков после запятой</numerusform>
        </translation>
    </message>
    <message>
        <source>try &quot;2026-03-01 14:30&quot; or &quot;2026-03-01T14:30+03:00&quot;</source>
        <translation>попробуйте «2026-03-01 14:30» или «2026-03-01T14:30+03:00»</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a date and time ({reason})</source>
        <translation>не удаётся прочитать {text} как дату и время ({reason})</translation>
    </message>
    <message>
        <source>&quot;{offset}&quot; is not a time zone offset</source>
        <translation>«{offset}» — не смещение часового пояса</translation>
    </message>
    <message>
        <source>{time} does not exist in your time zone (the clocks jump forward); add an offset such as {offset}</source>
        <translation>{time} не существует в вашем часовом поясе (часы переводятся вперёд); добавьте смещение, например {offset}</translation>
    </message>
    <message>
        <source>{time} happens twice in your time zone (the clocks go back); add an offset: {first} for the first time or {second} for the second</source>
        <translation>{time} наступает дважды в вашем часовом поясе (часы переводятся назад); добавьте смещение: {first} для первого раза или {second} для второго</translation>
    </message>
    <message>
        <source>no such date or time</source>
        <translation>такой даты или времени не существует</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Median delivery (days)</source>
        <translation>Медиана доставки (дни)</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Избегать</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>избегать</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>не отмечен</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <source>Tracking stalled</source>
        <translation>Трек не обновляется</translation>
    </message>
    <message>
        <source>Wrong destination</source>
        <translation>Посылка идёт не туда</translation>
    </message>
    <message>
        <source>Delivery period ending</source>
        <translation>Истекает срок доставки</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Возвращена отправителю</translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation>Задержана на таможне</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Не соответствует описанию</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Бракованный товар</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Товар повреждён</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Прислан не тот товар</translation>
    </message>
    <message>
        <source>Quantity short</source>
        <translation>Пришло меньше, чем заказано</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Подделка</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Пустая посылка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>a store needs a name</source>
        <translation>у магазина должно быть название</translation>
    </message>
    <message>
        <source>the note is too long ({count} characters; at most {limit})</source>
        <translation>заметка слишком длинная (символов: {count}; максимум {limit})</translation>
    </message>
    <message>
        <source>a rate converts another currency into the home currency, not the home currency itself</source>
        <translation>курс переводит другую валюту в основную, а не саму основную валюту</translation>
    </message>
    <message>
        <source>a rate must be a positive number</source>
        <translation>курс должен быть положительным числом</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid: %2</source>
        <translation>Вы отметили «%1» как нежелательный магазин: %2</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid.</source>
        <translation>Вы отметили «%1» как нежелательный магазин.</translation>
    </message>
    <message>
        <source>%1, store marked avoid</source>
        <translation>%1, магазин отмечен как нежелательный</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>≈ %1 in all, converted at your rates (an estimate, not what was paid)</source>
        <translation>≈ %1 всего, пересчитано по вашим курсам (оценка, а не фактически уплаченная сумма)</translation>
    </message>
    <message>
        <source>without %1: no rate for the time of payment</source>
        <translation>без %1: нет курса на дату оплаты</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорено</translation>
    </message>
    <message>
        <source>Refunds received</source>
        <translation>Получено возвратов</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Ещё ожидается</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Disputed: what the disputes opened in the period asked for. Refunds received: every refund in the period. Still pending: what open and won disputes have yet to pay.</source>
        <translation>Оспорено: сколько запрошено в спорах, открытых за период. Получено возвратов: все возвраты средств за период. Ещё ожидается: сколько ещё должны выплатить по открытым и выигранным спорам.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>%1: %2 days (median of %3)</source>
        <translation>%1: %2 дн. (медиана по %3)</translation>
    </message>
    <message>
        <source>How long they took: %1</source>
        <translation>Длительность: %1</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>Days from shipped to delivered</source>
        <translation>Дней от отправки до доставки</translation>
    </message>
    <message>
        <source>any carrier</source>
        <translation>любая служба доставки</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Отслеживание: %1</translation>
    </message>
    <message>
        <source>Opens the carrier&apos;s tracking page in your browser</source>
        <translation>Открывает страницу отслеживания службы доставки в браузере</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>unknown reason &quot;{reason}&quot; (one of: {choices})</source>
        <translation>неизвестная причина «{reason}» (допустимые: {choices})</translation>
    </message>
    <message>
        <source>the ship-by time needs a date, a time and a time zone</source>
        <translation>для срока отправки нужны дата, время и часовой пояс</translation>
    </message>
    <message>
        <source>the ship-by time must be after the payment</source>
        <translation>срок отправки должен быть позже оплаты</translation>
    </message>
    <message>
        <source>the order was never paid and has closed by itself, so there is nothing to dispute.</source>
        <translation>заказ так и не был оплачен и закрылся сам, поэтому оспаривать нечего.</translation>
    </message>
    <message>
        <source>the seller didn&apos;t ship in time: the order closes by itself and the money comes back.</source>
        <translation>продавец не отправил заказ вовремя: заказ закроется сам, и деньги вернутся.</translation>
    </message>
    <message>
        <source>a dispute is already open.</source>
        <translation>спор уже открыт.</translation>
    </message>
    <message>
        <source>the parcel hasn&apos;t arrived yet: a dispute about what arrived needs the goods in your hands. If it doesn&apos;t come, choose a &quot;not received&quot; reason.</source>
        <translation>посылка ещё не пришла: для спора о полученном товаре он должен быть у вас в руках. Если посылка не придёт, выберите одну из причин «Не получен».</translation>
    </message>
    <message>
        <source>too early: this dispute can be opened from {time}.</source>
        <translation>слишком рано: этот спор можно открыть с {time}.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>по этому товару уже был спор; после отменённого спора новый можно открыть, только пока действует защита покупателя, а она закончилась {time}.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>по этому заказу уже был спор; после отменённого спора новый можно открыть, только пока действует защита покупателя, а она закончилась {time}.</translation>
    </message>
    <message>
        <source>the dispute window closed at {time}, so the dispute can&apos;t be opened any more.</source>
        <translation>срок открытия спора истёк {time}, поэтому открыть спор уже нельзя.</translation>
    </message>
    <message>
        <source>a dispute about this item is already open.</source>
        <translation>спор по этому товару уже открыт.</translation>
    </message>
    <message>
        <source>a dispute about this order is already open.</source>
        <translation>спор по этому заказу уже открыт.</translation>
    </message>
    <message>
        <source>this item already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>по этому товару уже был спор, и по нему принято решение или деньги возвращены.</translation>
    </message>
    <message>
        <source>this order already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>по этому заказу уже был спор, и по нему принято решение или деньги возвращены.</translation>
    </message>
    <message>
        <source>you confirmed receipt, so a &quot;not received&quot; dispute can&apos;t be opened any more; if something is wrong with what arrived, choose a reason for that instead.</source>
        <translation>вы подтвердили получение, поэтому спор о неполучении открыть уже нельзя; если что-то не так с полученным товаром, выберите соответствующую причину.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>по этому товару уже был спор; после отменённого спора новый можно открыть, только пока действует защита покупателя, а она завершилась с подтверждением получения.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>по этому заказу уже был спор; после отменённого спора новый можно открыть, только пока действует защита покупателя, а она завершилась с подтверждением получения.</translation>
    </message>
    <message>
        <source>buyer protection ends before this dispute could be opened.</source>
        <translation>защита покупателя закончится раньше, чем этот спор можно будет открыть.</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid, so there is nothing to dispute.</source>
        <translation>заказ не оплачен, поэтому оспаривать нечего.</translation>
    </message>
    <message>
        <source>the order is cancelled, so there is nothing to dispute.</source>
        <translation>заказ отменён, поэтому оспаривать нечего.</translation>
    </message>
    <message>
        <source>the order hasn&apos;t shipped yet, so a dispute can&apos;t be opened: ask to cancel instead.</source>
        <translation>заказ ещё не отправлен, поэтому открыть спор нельзя: вместо этого запросите отмену.</translation>
    </message>
    <message>
        <source>a refund for this order is already on its way, so there is nothing to dispute.</source>
        <translation>деньги за этот заказ уже возвращаются, поэтому оспаривать нечего.</translation>
    </message>
    <message>
        <source>the order is refunded, so there is nothing to dispute.</source>
        <translation>деньги за заказ возвращены, поэтому оспаривать нечего.</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: none).</source>
        <translation>в заказе нет товара {line} (товаров нет).</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: {items}).</source>
        <translation>в заказе нет товара {line} (его товары: {items}).</translation>
    </message>
    <message>
        <source>the platform already decided a dispute about the whole order.</source>
        <translation>площадка уже приняла решение по спору обо всём заказе.</translation>
    </message>
    <message>
        <source>item {line} is refunded in full, so there is nothing to dispute.</source>
        <translation>за товар {line} деньги возвращены полностью, поэтому оспаривать нечего.</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>номер заказа не указан</translation>
    </message>
    <message>
        <source>the order number contains a line break, a tab or another invisible character</source>
        <translation>номер заказа содержит перевод строки, табуляцию или другой невидимый символ</translation>
    </message>
    <message>
        <source>the order number contains a space: copy the number alone</source>
        <translation>номер заказа содержит пробел: скопируйте только сам номер</translation>
    </message>
    <message>
        <source>an order number can&apos;t contain / or \ or ..</source>
        <translation>номер заказа не может содержать / или \ или ..</translation>
    </message>
    <message>
        <source>an order number has only letters, digits, - and _ (and starts with a letter or a digit); this one has &quot;{bad}&quot;</source>
        <translation>номер заказа может содержать только буквы, цифры, - и _ (и начинаться с буквы или цифры), а в этом есть «{bad}»</translation>
    </message>
    <message>
        <source>the order number has {length} characters; no shop&apos;s numbers are longer than {limit}</source>
        <translation>символов в номере заказа: {length}, а номера ни одного магазина не длиннее {limit}</translation>
    </message>
    <message>
        <source>the order number has {length} digits; AliExpress order numbers have at most {most}</source>
        <translation>цифр в номере заказа: {length}, а в номерах заказов AliExpress их не больше {most}</translation>
    </message>
    <message>
        <source>not an AliExpress order number (those are 15 to 20 digits); fine if the order is from another shop</source>
        <translation>это не номер заказа AliExpress (в них от 15 до 20 цифр); если заказ из другого магазина, всё в порядке</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{zone}&quot; (use &quot;local&quot; or a name such as America/Los_Angeles)</source>
        <translation>неизвестный часовой пояс «{zone}» (используйте «local» или название вида America/Los_Angeles)</translation>
    </message>
    <message>
        <source>{rule}: expected yes or no</source>
        <translation>{rule}: ожидается значение «да» или «нет»</translation>
    </message>
    <message>
        <source>{rule}: expected &quot;local&quot; or a time zone name such as America/Los_Angeles</source>
        <translation>{rule}: ожидается «local» или название часового пояса вида America/Los_Angeles</translation>
    </message>
    <message>
        <source>{rule}: expected a range for each of {names}</source>
        <translation>{rule}: ожидается диапазон для каждого из значений: {names}</translation>
    </message>
    <message>
        <source>{rule}: this value can&apos;t be changed</source>
        <translation>{rule}: это значение нельзя изменить</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of days from 0 to 3650</source>
        <translation>{rule}: ожидается целое число дней от 0 до 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of hours from 0 to 3650</source>
        <translation>{rule}: ожидается целое число часов от 0 до 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of {unit} from 0 to 3650</source>
        <translation>{rule}: ожидается целое число ({unit}) от 0 до 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a range with min and max</source>
        <translation>{rule}: ожидается диапазон с min и max</translation>
    </message>
    <message>
        <source>{rule}: min and max must be whole numbers</source>
        <translation>{rule}: min и max должны быть целыми числами</translation>
    </message>
    <message>
        <source>{rule}: min must not exceed max (0 to 3650)</source>
        <translation>{rule}: min не должно превышать max (от 0 до 3650)</translation>
    </message>
    <message>
        <source>no rule profile named &quot;{profile}&quot;</source>
        <translation>нет профиля правил «{profile}»</translation>
    </message>
    <message>
        <source>reminder lead times: expected a list of durations such as [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</source>
        <translation>время напоминаний до срока: ожидается список длительностей, например [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</translation>
    </message>
    <message>
        <source>reminder lead times: at most {count}</source>
        <translation>время напоминаний до срока: не больше {count}</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is no time before a deadline</source>
        <translation>время напоминаний до срока: «{lead}» — нулевое время до срока</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is more than a year</source>
        <translation>время напоминаний до срока: «{lead}» — больше года</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{first}&quot; and &quot;{second}&quot; are the same</source>
        <translation>время напоминаний до срока: «{first}» и «{second}» совпадают</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day such as 22:00</source>
        <translation>«{text}» — не время суток (например, 22:00)</translation>
    </message>
    <message>
        <source>the order is not paid yet</source>
        <translation>заказ ещё не оплачен</translation>
    </message>
    <message>
        <source>the order is paid and waiting to be shipped</source>
        <translation>заказ оплачен и ожидает отправки</translation>
    </message>
    <message>
        <source>a cancellation request is pending</source>
        <translation>запрос на отмену ожидает ответа</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>заказ отменён</translation>
    </message>
    <message>
        <source>the order has shipped</source>
        <translation>заказ отправлен</translation>
    </message>
    <message>
        <source>receipt is already confirmed</source>
        <translation>получение уже подтверждено</translation>
    </message>
    <message>
        <source>a dispute is open</source>
        <translation>открыт спор</translation>
    </message>
    <message>
        <source>the dispute is escalated and waits for the platform&apos;s decision</source>
        <translation>спор обострён и ожидает решения площадки</translation>
    </message>
    <message>
        <source>the dispute has been decided</source>
        <translation>по спору принято решение</translation>
    </message>
    <message>
        <source>a refund is on its way</source>
        <translation>деньги уже возвращаются</translation>
    </message>
    <message>
        <source>the order is refunded</source>
        <translation>деньги за заказ возвращены</translation>
    </message>
    <message>
        <source>the platform decided the dispute about the order</source>
        <translation>площадка приняла решение по спору о заказе</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet</source>
        <translation>заказ ещё не отправлен</translation>
    </message>
    <message>
        <source>it isn&apos;t paid yet</source>
        <translation>заказ ещё не оплачен</translation>
    </message>
    <message>
        <source>a dispute is open: confirming receipt would end it in the seller&apos;s favour</source>
        <translation>открыт спор: подтверждение получения завершит его в пользу продавца</translation>
    </message>
    <message>
        <source>there is no open dispute to escalate</source>
        <translation>нет открытого спора, который можно обострить</translation>
    </message>
    <message>
        <source>an unpaid order needs no request: it closes by itself, or record it as cancelled</source>
        <translation>для неоплаченного заказа запрос не нужен: он закроется сам, или запишите его как отменённый</translation>
    </message>
    <message>
        <source>it has shipped, so it can&apos;t be cancelled any more: wait for the parcel or open a dispute</source>
        <translation>заказ отправлен, поэтому отменить его уже нельзя: ждите посылку или откройте спор</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet: ask to cancel instead</source>
        <translation>заказ ещё не отправлен: вместо этого запросите отмену</translation>
    </message>
    <message>
        <source>there is no open dispute to cancel</source>
        <translation>нет открытого спора, который можно отменить</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: {reason}</source>
        <translation>нельзя записать «{event}»: {reason}</translation>
    </message>
    <message>
        <source>{event} can&apos;t happen before the order was placed</source>
        <translation>«{event}» не может произойти раньше оформления заказа</translation>
    </message>
    <message>
        <source>an item can&apos;t be named for {event}: it is about the whole order</source>
        <translation>для «{event}» нельзя указать товар: это относится ко всему заказу</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return, since there is nothing to send back</source>
        <translation>в споре о неполучении нельзя запросить возврат товара: отправлять обратно нечего</translation>
    </message>
    <message>
        <source>the dispute is open and waits for the seller or the platform</source>
        <translation>спор открыт и ожидает ответа продавца или решения площадки</translation>
    </message>
    <message>
        <source>the dispute has been decided with a return of the item</source>
        <translation>по спору принято решение с возвратом товара</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund is on its way</source>
        <translation>деньги по спору уже возвращаются</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund arrived</source>
        <translation>деньги по спору вернулись</translation>
    </message>
    <message>
        <source>the dispute was cancelled</source>
        <translation>спор отменён</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: several items have a dispute (items {items}); say which item</source>
        <translation>нельзя записать «{event}»: спор открыт по нескольким товарам (товары {items}); укажите, по какому</translation>
    </message>
    <message>
        <source>a dispute can be appealed only once, and this one was</source>
        <translation>апелляцию по спору можно подать только один раз, и она уже подана</translation>
    </message>
    <message>
        <source>there is no decision against you to appeal</source>
        <translation>нет решения не в вашу пользу, которое можно обжаловать</translation>
    </message>
    <message>
        <source>the appeal window closed at {time}</source>
        <translation>срок подачи апелляции истёк {time}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the dispute is about ({scope})</source>
        <translation>«{event}»: {amount} — больше суммы спора ({scope})</translation>
    </message>
    <message>
        <source>there is no open dispute to answer</source>
        <translation>нет открытого спора, на который можно ответить</translation>
    </message>
    <message>
        <source>there is no open dispute to decide</source>
        <translation>нет открытого спора, по которому можно принять решение</translation>
    </message>
    <message>
        <source>there is no decided dispute to appeal</source>
        <translation>нет спора с решением, которое можно обжаловать</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the ship-by time had run out ({ship_by}), so the order closes by itself and the money comes back</source>
        <translation>нельзя записать «{event}» на {time}: срок отправки уже истёк ({ship_by}), поэтому заказ закроется сам и деньги вернутся</translation>
    </message>
    <message>
        <source>protection already ended at {time}</source>
        <translation>защита уже закончилась {time}</translation>
    </message>
    <message>
        <source>tracking already shows the parcel delivered</source>
        <translation>по данным отслеживания посылка уже доставлена</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: the new end is not later than the old one</source>
        <translation>нельзя записать «{event}»: новое окончание не позже прежнего</translation>
    </message>
    <message>
        <source>{event}: the amount must be more than zero</source>
        <translation>«{event}»: сумма должна быть больше нуля</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the order total {total}</source>
        <translation>«{event}»: {amount} — больше суммы заказа {total}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than item {line} cost ({cost})</source>
        <translation>«{event}»: {amount} — больше стоимости товара {line} ({cost})</translation>
    </message>
    <message>
        <source>{event}: the outcome must be full, partial or rejected</source>
        <translation>«{event}»: результат должен быть полным возвратом (full), частичным (partial) или отказом (rejected)</translation>
    </message>
    <message>
        <source>{event}: a partial refund needs its amount</source>
        <translation>«{event}»: для частичного возврата нужна сумма</translation>
    </message>
    <message>
        <source>{event}: only a full refund comes with a return; with a partial one you keep the item</source>
        <translation>«{event}»: возврат товара возможен только при полном возврате средств; при частичном товар остаётся у вас</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of the order ({left} of {total})</source>
        <translation>«{event}»: {amount} — больше, чем осталось вернуть по заказу ({left} из {total})</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of item {line} ({left} of {cost})</source>
        <translation>«{event}»: {amount} — больше, чем осталось вернуть по товару {line} ({left} из {cost})</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the later {later} of {later_time} would no longer fit ({reason})</source>
        <translation>нельзя записать «{event}» на {time}: более позднее событие «{later}» от {later_time} тогда не впишется ({reason})</translation>
    </message>
    <message>
        <source>the store is empty</source>
        <translation>не указан магазин</translation>
    </message>
    <message>
        <source>the tracking number is empty</source>
        <translation>не указан трек-номер</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>не указано название</translation>
    </message>
    <message>
        <source>the tracking number is too long (at most {limit} characters)</source>
        <translation>трек-номер слишком длинный (максимум {limit} симв.)</translation>
    </message>
    <message>
        <source>the store is too long (at most {limit} characters)</source>
        <translation>название магазина слишком длинное (максимум {limit} симв.)</translation>
    </message>
    <message>
        <source>the title is too long (at most {limit} characters)</source>
        <translation>название слишком длинное (максимум {limit} симв.)</translation>
    </message>
    <message>
        <source>unknown event &quot;{event}&quot; (one of: {choices})</source>
        <translation>неизвестное событие «{event}» (допустимые: {choices})</translation>
    </message>
    <message>
        <source>{event} doesn&apos;t take {fields}</source>
        <translation>для «{event}» не указываются: {fields}</translation>
    </message>
    <message>
        <source>give the end of buyer protection or its countdown, not both</source>
        <translation>укажите окончание защиты покупателя или её таймер, но не то и другое</translation>
    </message>
    <message>
        <source>give the processing time or the ship-by time, not both</source>
        <translation>укажите срок обработки или срок отправки, но не то и другое</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>у заметки должен быть текст</translation>
    </message>
    <message>
        <source>processing days must be between 1 and 365</source>
        <translation>срок обработки должен быть от 1 до 365 дней</translation>
    </message>
    <message>
        <source>the protection countdown must be more than zero</source>
        <translation>таймер защиты должен быть больше нуля</translation>
    </message>
    <message>
        <source>buyer protection must end after the event</source>
        <translation>защита покупателя должна заканчиваться после события</translation>
    </message>
    <message>
        <source>{event} needs the new end of buyer protection, its countdown or the days it was extended by</source>
        <translation>для «{event}» нужно новое окончание защиты покупателя, её таймер или число дней продления</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 365</source>
        <translation>число дней должно быть от 1 до 365</translation>
    </message>
    <message>
        <source>{event} needs a reason (one of: {choices})</source>
        <translation>для «{event}» нужна причина (допустимые: {choices})</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return: there is nothing to send back</source>
        <translation>в споре о неполучении нельзя запросить возврат товара: отправлять обратно нечего</translation>
    </message>
    <message>
        <source>an item is named by its number: 1, 2, …</source>
        <translation>товар указывается номером: 1, 2, …</translation>
    </message>
    <message>
        <source>the outcome must be one of {choices}</source>
        <translation>результат должен быть одним из: {choices}</translation>
    </message>
    <message>
        <source>{event} needs an outcome: full, partial or rejected</source>
        <translation>для «{event}» нужен результат: full (полный возврат), partial (частичный) или rejected (отказ)</translation>
    </message>
    <message>
        <source>payment method must be one of {choices}</source>
        <translation>способ оплаты должен быть одним из: {choices}</translation>
    </message>
    <message>
        <source>the total must be an amount of zero or more</source>
        <translation>сумма должна быть не меньше нуля</translation>
    </message>
    <message>
        <source>can&apos;t edit {field}</source>
        <translation>нельзя изменить {field}</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid yet: the seller&apos;s time to ship starts with the payment</source>
        <translation>заказ ещё не оплачен: срок отправки у продавца начинается с момента оплаты</translation>
    </message>
    <message>
        <source>the ship-by time can&apos;t be changed any more: {reason}</source>
        <translation>срок отправки уже нельзя изменить: {reason}</translation>
    </message>
    <message>
        <source>unknown status &quot;{status}&quot;</source>
        <translation>неизвестный статус «{status}»</translation>
    </message>
    <message>
        <source>no order {order}</source>
        <translation>нет заказа {order}</translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it first</source>
        <translation>заказ {order} в корзине; сначала восстановите его</translation>
    </message>
    <message>
        <source>the total can&apos;t be negative</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot; (use an ISO code such as USD or EUR)</source>
        <translation>неизвестная валюта «{code}» (используйте код ISO, например USD или EUR)</translation>
    </message>
    <message>
        <source>the order date is in the future</source>
        <translation>дата заказа в будущем</translation>
    </message>
    <message>
        <source>the payment time is before the order time</source>
        <translation>время оплаты раньше времени заказа</translation>
    </message>
    <message>
        <source>the payment time is in the future</source>
        <translation>время оплаты в будущем</translation>
    </message>
    <message>
        <source>give the processing days or the ship-by time, not both</source>
        <translation>укажите срок обработки в днях или срок отправки, но не то и другое</translation>
    </message>
    <message>
        <source>the ship-by time must be after the order time</source>
        <translation>срок отправки должен быть позже времени заказа</translation>
    </message>
    <message>
        <source>order {order} already exists</source>
        <translation>заказ {order} уже существует</translation>
    </message>
    <message>
        <source>that time is in the future; record what has happened</source>
        <translation>это время в будущем; записывайте то, что уже произошло</translation>
    </message>
    <message>
        <source>order {order} is already in the trash</source>
        <translation>заказ {order} уже в корзине</translation>
    </message>
    <message>
        <source>order {order} is not in the trash</source>
        <translation>заказа {order} нет в корзине</translation>
    </message>
    <message>
        <source>no rule named &quot;{key}&quot;</source>
        <translation>нет правила «{key}»</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message numerus="yes">
        <source>{deadline} in %n day(s)</source>
        <translation>
            <numerusform>{deadline} через %n день</numerusform>
            <numerusform>{deadline} через %n дня</numerusform>
            <numerusform>{deadline} через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n hour(s)</source>
        <translation>
            <numerusform>{deadline} через %n час</numerusform>
            <numerusform>{deadline} через %n часа</numerusform>
            <numerusform>{deadline} через %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>{deadline} in 1 hour</source>
        <translation>{deadline} через час</translation>
    </message>
    <message>
        <source>{deadline} in 1 minute</source>
        <translation>{deadline} через минуту</translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n minute(s)</source>
        <translation>
            <numerusform>{deadline} через %n минуту</numerusform>
            <numerusform>{deadline} через %n минуты</numerusform>
            <numerusform>{deadline} через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {order} ({store}): {title}</source>
        <translation>Заказ {order} ({store}): {title}</translation>
    </message>
    <message>
        <source>Order {order} ({store})</source>
        <translation>Заказ {order} ({store})</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Заказ {order}: {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Заказ {order}</translation>
    </message>
    <message>
        <source>Due {time}. {action}</source>
        <translation>Срок: {time}. {action}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Buyer rules of AliExpress as published by the platform, its help centre and buyers&apos; guides. Every value can be changed in Settings.</source>
        <translation>Правила AliExpress для покупателей — по данным самой площадки, её справочного центра и руководств для покупателей. Любое значение можно изменить в настройках.</translation>
    </message>
    <message>
        <source>published by the platform in its rules</source>
        <translation>опубликовано площадкой в её правилах</translation>
    </message>
    <message>
        <source>copied from the platform&apos;s help centre or its support answers</source>
        <translation>взято из справочного центра площадки или ответов её поддержки</translation>
    </message>
    <message>
        <source>from a buyer&apos;s guide or forum; not confirmed by the platform</source>
        <translation>из руководства для покупателей или с форума; площадкой не подтверждено</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s own choice, not a platform rule</source>
        <translation>выбор Dispute Desk, а не правило площадки</translation>
    </message>
    <message>
        <source>Unpaid order closes after</source>
        <translation>Неоплаченный заказ закрывается через</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: an unpaid order expires by itself, with no penalty</source>
        <translation>Руководство для покупателей: неоплаченный заказ закрывается сам, без штрафов</translation>
    </message>
    <message>
        <source>Payment check lasts</source>
        <translation>Проверка оплаты длится</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: &quot;payment being verified&quot;; Cancel becomes available a day after paying</source>
        <translation>Руководство для покупателей: «платёж проверяется»; кнопка «Отменить» становится доступна через день после оплаты</translation>
    </message>
    <message>
        <source>Seller&apos;s processing time when none is entered</source>
        <translation>Срок обработки у продавца, если он не введён</translation>
    </message>
    <message>
        <source>Typical processing time on listings: 3 to 7 days, some sellers up to 15; the order page shows the real one</source>
        <translation>Обычный срок обработки на страницах товаров: от 3 до 7 дней, у некоторых продавцов до 15; реальный срок — на странице заказа</translation>
    </message>
    <message>
        <source>Typical processing time shown on listings: 3 to 7 days (some sellers up to 15)</source>
        <translation>Обычный срок обработки на страницах товаров: от 3 до 7 дней (у некоторых продавцов до 15)</translation>
    </message>
    <message>
        <source>Cancelling is possible during the payment check</source>
        <translation>Отмена возможна во время проверки оплаты</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide says no; some help-centre answers say yes</source>
        <translation>Руководство для покупателей говорит «нет»; некоторые ответы справочного центра — «да»</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: Cancel is not offered while the payment is verified</source>
        <translation>Руководство для покупателей: пока платёж проверяется, кнопки «Отменить» нет</translation>
    </message>
    <message>
        <source>Some help-centre answers: an order can be cancelled during verification</source>
        <translation>Некоторые ответы справочного центра: заказ можно отменить во время проверки</translation>
    </message>
    <message>
        <source>Silent seller: cancel request approved after</source>
        <translation>Продавец молчит: запрос на отмену одобряется через</translation>
    </message>
    <message>
        <source>AliExpress rule change of March 2020 (some sources say 72 hours)</source>
        <translation>Изменение правил AliExpress в марте 2020 г. (по некоторым источникам — 72 часа)</translation>
    </message>
    <message>
        <source>AliExpress rule change: a silent seller&apos;s cancellation is approved automatically after 48 hours</source>
        <translation>Изменение правил AliExpress: если продавец молчит, отмена одобряется автоматически через 48 часов</translation>
    </message>
    <message>
        <source>Some buyers&apos; forums: 72 hours</source>
        <translation>Некоторые форумы покупателей: 72 часа</translation>
    </message>
    <message>
        <source>Buyer protection when none is entered</source>
        <translation>Защита покупателя, если она не введена</translation>
    </message>
    <message>
        <source>Order page countdown from shipment, typically 60 days (90 for Russia, 120 for Brazil); an entered countdown always wins</source>
        <translation>Таймер на странице заказа с момента отправки, обычно 60 дней (90 для России, 120 для Бразилии); введённый таймер всегда в приоритете</translation>
    </message>
    <message>
        <source>Ask for a protection extension this early</source>
        <translation>Запрашивать продление защиты заранее, за</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: sellers answer slowly, ask a week before protection ends</source>
        <translation>Руководство для покупателей: продавцы отвечают медленно, просите за неделю до окончания защиты</translation>
    </message>
    <message>
        <source>Protection left once tracking says delivered</source>
        <translation>Остаток защиты после доставки по треку</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut when tracking shows delivered</source>
        <translation>Прежнее официальное правило: остаток защиты сокращается, когда трек показывает доставку</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut to 5 days when tracking shows delivered</source>
        <translation>Прежнее официальное правило: остаток защиты сокращается до 5 дней, когда трек показывает доставку</translation>
    </message>
    <message>
        <source>Dispute window after confirming receipt</source>
        <translation>Срок открытия спора после подтверждения получения</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: 15 days after Confirm receipt or completion</source>
        <translation>Защита покупателя AliExpress: 15 дней после подтверждения получения или завершения заказа</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: a dispute can be opened until 15 days after Confirm receipt or after the order completed</source>
        <translation>Защита покупателя AliExpress: спор можно открыть в течение 15 дней после подтверждения получения или завершения заказа</translation>
    </message>
    <message>
        <source>Earliest &quot;not received&quot; dispute after shipment</source>
        <translation>Спор о неполучении можно открыть после отправки через</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: while tracking moves normally</source>
        <translation>Руководство для покупателей: пока трек нормально обновляется</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: from the 11th day after shipment while tracking moves normally</source>
        <translation>Руководство для покупателей и копии справочного центра: с 11-го дня после отправки, если трек нормально обновляется</translation>
    </message>
    <message>
        <source>Seller-side rule summary: a refund can be requested 10 days after the seller shipped</source>
        <translation>Сводка правил для продавцов: возврат можно запросить через 10 дней после отправки</translation>
    </message>
    <message>
        <source>Seller must answer a dispute within</source>
        <translation>Продавец должен ответить на спор в течение</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: silence means the buyer&apos;s requested refund goes through</source>
        <translation>Правила споров AliExpress: если продавец молчит, запрошенный покупателем возврат одобряется</translation>
    </message>
    <message>
        <source>Unresolved dispute escalates after</source>
        <translation>Неурегулированный спор обостряется через</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: 16 days, then a claim; newer secondary sources say about 7 days</source>
        <translation>Руководство для покупателей: 16 дней, затем претензия; по более новым вторичным источникам — около 7 дней</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: unresolved on the 16th day, the dispute goes to the platform automatically</source>
        <translation>Руководство для покупателей и копии справочного центра: если спор не урегулирован к 16-му дню, он автоматически передаётся площадке</translation>
    </message>
    <message>
        <source>Newer secondary sources: the platform&apos;s dispute officer steps in within 7 days</source>
        <translation>Более новые вторичные источники: сотрудник площадки по спорам подключается в течение 7 дней</translation>
    </message>
    <message>
        <source>The platform decides an escalated dispute within</source>
        <translation>Площадка решает обострённый спор в течение</translation>
    </message>
    <message>
        <source>Help-centre copies: a case-management specialist reviews the escalated dispute; an appeal is usually handled within 10 days</source>
        <translation>Копии справочного центра: обострённый спор рассматривает специалист по спорам; апелляция обычно рассматривается в течение 10 дней</translation>
    </message>
    <message>
        <source>Help-centre copy: the platform usually answers within 10 days</source>
        <translation>Копия справочного центра: площадка обычно отвечает в течение 10 дней</translation>
    </message>
    <message>
        <source>Ship an agreed return within</source>
        <translation>Отправить согласованный возврат в течение</translation>
    </message>
    <message>
        <source>AliExpress dispute rules</source>
        <translation>Правила споров AliExpress</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: after an agreed return the buyer ships within 10 days, or the money goes to the seller</source>
        <translation>Правила споров AliExpress: после согласования возврата покупатель отправляет товар в течение 10 дней, иначе деньги уходят продавцу</translation>
    </message>
    <message>
        <source>Appeal the platform&apos;s decision within</source>
        <translation>Обжаловать решение площадки в течение</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the decision</source>
        <translation>Копия справочного центра: одна апелляция на спор, в течение 7 дней после решения</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the dispute ends</source>
        <translation>Копия справочного центра: одна апелляция на спор, в течение 7 дней после завершения спора</translation>
    </message>
    <message>
        <source>Refund arrives, by payment method</source>
        <translation>Срок поступления возврата по способам оплаты</translation>
    </message>
    <message>
        <source>AliExpress help centre; banks may add 7-15 business days after &quot;refund completed&quot;</source>
        <translation>Справочный центр AliExpress; банки могут добавить 7–15 рабочих дней после статуса «возврат выполнен»</translation>
    </message>
    <message>
        <source>PayPal dispute window from payment</source>
        <translation>Срок спора в PayPal с момента оплаты</translation>
    </message>
    <message>
        <source>PayPal Buyer Protection: 180 days from payment; escalate to a claim within 20 days</source>
        <translation>Защита покупателей PayPal: 180 дней с момента оплаты; перевести спор в претензию — в течение 20 дней</translation>
    </message>
    <message>
        <source>Card chargeback window from expected delivery</source>
        <translation>Срок чарджбэка по карте с ожидаемой даты доставки</translation>
    </message>
    <message>
        <source>Card network rules (Visa/Mastercard): typically 120 days; ask your bank</source>
        <translation>Правила платёжных систем (Visa/Mastercard): обычно 120 дней; уточните в своём банке</translation>
    </message>
    <message>
        <source>Times copied from the order page are in</source>
        <translation>Часовой пояс времени на странице заказа</translation>
    </message>
    <message>
        <source>Older order pages and guides show US Pacific time; newer pages may show the buyer&apos;s local time. Countdowns are exact in any zone</source>
        <translation>Старые страницы заказов и руководства показывают тихоокеанское время США; новые страницы могут показывать местное время покупателя. Таймеры точны в любом поясе</translation>
    </message>
    <message>
        <source>Older order pages and buyers&apos; guides: times in US Pacific time</source>
        <translation>Старые страницы заказов и руководства для покупателей: тихоокеанское время США</translation>
    </message>
    <message>
        <source>Newer order pages: the buyer&apos;s local time</source>
        <translation>Новые страницы заказов: местное время покупателя</translation>
    </message>
    <message>
        <source>Remind me of a deadline</source>
        <translation>Напоминать о сроке</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week ahead to plan, two days ahead (sellers answer slowly), a day ahead, and two hours for the last moment; when several are crossed at once, only the shortest is sent</source>
        <translation>Выбор Dispute Desk: за неделю — чтобы спланировать, за два дня (продавцы отвечают медленно), за день и за два часа — в последний момент; если несколько моментов наступили одновременно, приходит только самое близкое к сроку</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week, two days, a day and two hours before a deadline</source>
        <translation>Выбор Dispute Desk: за неделю, за два дня, за день и за два часа до срока</translation>
    </message>
    <message>
        <source>before a deadline</source>
        <translation>до срока</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>раб. дн.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>an official rule of the platform</source>
        <translation>официальное правило площадки</translation>
    </message>
    <message>
        <source>from the platform&apos;s help centre, not its published rules</source>
        <translation>из справочного центра площадки, а не из опубликованных правил</translation>
    </message>
    <message>
        <source>from buyers&apos; guides, not confirmed by the platform</source>
        <translation>из руководств для покупателей, площадкой не подтверждено</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>can&apos;t use the data dir {path}: {reason}</source>
        <translation>не удаётся использовать папку данных {path}: {reason}</translation>
    </message>
    <message>
        <source>using the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>использует данные</translation>
    </message>
    <message>
        <source>upgrading the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>обновляет данные</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>восстанавливает резервную копию</translation>
    </message>
    <message>
        <source>saving a large import</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>сохраняет большой импорт</translation>
    </message>
    <message>
        <source>making a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>создаёт резервную копию</translation>
    </message>
    <message>
        <source>storing photos</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>сохраняет фото</translation>
    </message>
    <message>
        <source>saving changes</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>сохраняет изменения</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; nothing was saved yet. Try again when it has finished</source>
        <translation>Другое окно или команда Dispute Desk сейчас {doing}; пока ничего не сохранено. Повторите попытку, когда работа будет завершена</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; waiting for it…</source>
        <translation>Другое окно или команда Dispute Desk сейчас {doing}; ожидание…</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; trying again…</source>
        <translation>Другое окно или команда Dispute Desk сейчас {doing}; повторная попытка…</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free about {needed} and try again. Nothing was changed</source>
        <translation>диск с {path} заполнен (свободно {free}); освободите около {needed} и повторите попытку. Ничего не изменено</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free about {needed} and try again. Nothing was changed</source>
        <translation>диск с {path} заполнен; освободите около {needed} и повторите попытку. Ничего не изменено</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free some space and try again. Nothing was changed</source>
        <translation>диск с {path} заполнен (свободно {free}); освободите место и повторите попытку. Ничего не изменено</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free some space and try again. Nothing was changed</source>
        <translation>диск с {path} заполнен; освободите место и повторите попытку. Ничего не изменено</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>{path} повреждён или не является файлом данных Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data in {path} can&apos;t be written (the folder or disk is read-only); nothing was changed</source>
        <translation>не удаётся записать данные в {path} (папка или диск доступны только для чтения); ничего не изменено</translation>
    </message>
    <message>
        <source>the folder {path} can&apos;t be written to (no permission); nothing was changed</source>
        <translation>в папку {path} нельзя записывать (нет доступа); ничего не изменено</translation>
    </message>
    <message>
        <source>the data file {path} can&apos;t be read or written ({reason}); the disk may be failing or was removed. The file was not changed by this</source>
        <translation>файл данных {path} не удаётся прочитать или записать ({reason}); возможно, диск неисправен или был отключён. Файл из-за этого не изменился</translation>
    </message>
    <message>
        <source>no migrations are shipped with this build</source>
        <translation>в этой сборке нет миграций</translation>
    </message>
    <message>
        <source>could not turn foreign keys off for the migration; nothing was changed</source>
        <translation>не удалось отключить внешние ключи для миграции; ничего не изменено</translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade was rolled back: it left rows pointing at missing records in {names} (%n row(s))</source>
        <translation>
            <numerusform>обновление схемы отменено: после него остались строки, ссылающиеся на отсутствующие записи в {names} (%n строка)</numerusform>
            <numerusform>обновление схемы отменено: после него остались строки, ссылающиеся на отсутствующие записи в {names} (%n строки)</numerusform>
            <numerusform>обновление схемы отменено: после него остались строки, ссылающиеся на отсутствующие записи в {names} (%n строк)</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder {path} can be changed by every user of this computer, so it can&apos;t hold your orders; choose a folder of your own (for example {example})</source>
        <translation>папку {path} может изменять любой пользователь этого компьютера, поэтому хранить в ней ваши заказы нельзя; выберите собственную папку (например, {example})</translation>
    </message>
    <message>
        <source>an evidence item names its file {sha256}, which is not a SHA-256</source>
        <translation>у доказательства указано имя файла {sha256}, которое не является суммой SHA-256</translation>
    </message>
    <message>
        <source>an evidence item has the file extension {ext}, which the app never stores</source>
        <translation>у доказательства расширение файла {ext}, которое приложение никогда не сохраняет</translation>
    </message>
    <message>
        <source>the path {text} holds a NUL character</source>
        <translation>путь {text} содержит символ NUL</translation>
    </message>
    <message>
        <source>the path {text} leads outside the data folder {root}; not touching it</source>
        <translation>путь {text} ведёт за пределы папки данных {root}; он не будет затронут</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file (it has tables but no schema version)</source>
        <translation>{file} — не файл данных Dispute Desk (в нём есть таблицы, но нет версии схемы)</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file ({reason})</source>
        <translation>{file} — не файл данных Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file} records several schema versions at once ({names})</source>
        <translation>в {file} записано сразу несколько версий схемы ({names})</translation>
    </message>
    <message>
        <source>{file} has tables but no schema version; not touching it</source>
        <translation>в {file} есть таблицы, но нет версии схемы; файл не будет затронут</translation>
    </message>
    <message>
        <source>{target} already exists; not overwriting it</source>
        <translation>{target} уже существует; перезаписи не будет</translation>
    </message>
    <message>
        <source>this data was written by a newer Dispute Desk (schema {revision}); update the app</source>
        <translation>эти данные записаны более новой версией Dispute Desk (схема {revision}); обновите приложение</translation>
    </message>
    <message>
        <source>the schema upgrade ended at {revision}, not at {head}; this build is inconsistent</source>
        <translation>обновление схемы остановилось на {revision}, а не на {head}; эта сборка несогласованна</translation>
    </message>
    <message>
        <source>the data file {path} was removed while the app was using it</source>
        <translation>файл данных {path} был удалён, пока приложение его использовало</translation>
    </message>
    <message>
        <source>the data file {path} was closed; open it again to use it</source>
        <translation>файл данных {path} закрыт; откройте его снова, чтобы продолжить работу</translation>
    </message>
    <message>
        <source>the data file {path} is missing</source>
        <translation>файл данных {path} отсутствует</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Ожидают оплаты</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлены</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <source>Refunds pending</source>
        <translation>Ожидают возврата</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершены</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменены</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>Confirming receipt ends buyer protection: after that, only 1 day remains to open a dispute. Confirm only when everything is right.</source>
        <translation>Подтверждение получения завершает защиту покупателя: после этого на открытие спора останется только 1 день. Подтверждайте, только если всё в порядке.</translation>
    </message>
    <message>
        <source>Confirming receipt ends buyer protection, and no dispute can be opened after that. Confirm only when everything is right.</source>
        <translation>Подтверждение получения завершает защиту покупателя, и после этого открыть спор будет нельзя. Подтверждайте, только если всё в порядке.</translation>
    </message>
    <message numerus="yes">
        <source>Confirming receipt ends buyer protection: after that, only %n day(s) remain to open a dispute. Confirm only when everything is right.</source>
        <translation>
            <numerusform>Подтверждение получения завершает защиту покупателя: после этого на открытие спора останется только %n день. Подтверждайте, только если всё в порядке.</numerusform>
            <numerusform>Подтверждение получения завершает защиту покупателя: после этого на открытие спора останется только %n дня. Подтверждайте, только если всё в порядке.</numerusform>
            <numerusform>Подтверждение получения завершает защиту покупателя: после этого на открытие спора останется только %n дней. Подтверждайте, только если всё в порядке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepting a partial refund settles the dispute: you get only this amount, the seller gets the rest, and no new dispute can be opened for this order.</source>
        <translation>Принятие частичного возврата завершает спор: вы получите только эту сумму, остальное получит продавец, и новый спор по этому заказу открыть будет нельзя.</translation>
    </message>
    <message>
        <source>Ask early: sellers answer slowly and protection keeps running meanwhile. If it isn&apos;t extended in time, open a dispute before protection ends.</source>
        <translation>Просите заранее: продавцы отвечают медленно, а защита тем временем истекает. Если её не продлят вовремя, откройте спор до окончания защиты.</translation>
    </message>
    <message>
        <source>While the dispute is open: don&apos;t confirm receipt, don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone, and don&apos;t file a chargeback with your bank beside the open case.</source>
        <translation>Пока спор открыт: не подтверждайте получение, не отменяйте спор и не принимайте предложение только из-за обещаний продавца, а также не подавайте в банк запрос на чарджбэк параллельно с открытым спором.</translation>
    </message>
    <message>
        <source>Cancel only when the problem is solved: after a cancelled dispute, a new one can be opened only while buyer protection still runs, and not at all once the parcel is received or protection has ended. A seller&apos;s promise alone is no reason to cancel.</source>
        <translation>Отменяйте спор, только когда проблема решена: после отмены новый спор можно открыть, только пока ещё действует защита покупателя, и вовсе нельзя после подтверждения получения или окончания защиты. Одни обещания продавца — не повод для отмены.</translation>
    </message>
</context>
</TS>
