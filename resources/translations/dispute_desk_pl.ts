<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispute Desk</source>
        <translation>O programie Dispute Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Your orders, their deadlines, cancellations and disputes, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Twoje zamówienia, ich terminy, anulowania i spory – przechowywane na Twoim własnym komputerze.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Folder dziennika:</translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation>Profil reguł:</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.&lt;br&gt;It includes Qt, Python and other components under their own licences.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>Wolne oprogramowanie na licencji {licence}.&lt;br&gt;Zawiera Qt, Pythona i inne komponenty na ich własnych licencjach.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencja:</translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation>Środowisko:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kopiu&amp;j</translation>
    </message>
    <message>
        <source>Copy these details, for a problem report</source>
        <translation>Skopiuj te szczegóły do zgłoszenia problemu</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencje…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Otwórz &amp;folder danych</translation>
    </message>
    <message>
        <source>{name}, values checked on {date}</source>
        <translation>{name}, wartości sprawdzone {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by you</source>
        <translation>
            <numerusform>%n wartość zmieniona przez Ciebie</numerusform>
            <numerusform>%n wartości zmienione przez Ciebie</numerusform>
            <numerusform>%n wartości zmienionych przez Ciebie</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencje</translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation>Licencja MIT.</translation>
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
        <translation>Tworzenie kopii zapasowej dzisiejszych zmian przed zamknięciem…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Dispute Desk backups (*.zip)</source>
        <translation>Kopie zapasowe Dispute Desk (*.zip)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Utwórz kopię teraz…</translation>
    </message>
    <message>
        <source>Save all your orders and evidence in one .zip file</source>
        <translation>Zapisz wszystkie zamówienia i dowody w jednym pliku .zip</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is kept</source>
        <translation>Zastąp dane kopią zapasową; bieżące dane zostaną zachowane</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Tworzenie kopii zapasowej w %1…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Utworzono kopię zapasową: %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Nie utworzono kopii zapasowej: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Sprawdzanie %1…</translation>
    </message>
    <message>
        <source>Replace your current data with the backup %1, made on %2?</source>
        <translation>Zastąpić bieżące dane kopią zapasową %1 utworzoną %2?</translation>
    </message>
    <message>
        <source>Your current data is kept first as a safety copy in the backups folder, so you can go back to it with Restore from backup. The window shows the restored orders when it is done.</source>
        <translation>Bieżące dane zostaną najpierw zachowane jako kopia zabezpieczająca w folderze kopii zapasowych, więc możesz do nich wrócić przez „Przywróć z kopii zapasowej”. Po zakończeniu okno pokaże przywrócone zamówienia.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Przywracanie %1…</translation>
    </message>
    <message>
        <source>The backup came from an older version and was brought up to date.</source>
        <translation>Kopia zapasowa pochodziła ze starszej wersji i została zaktualizowana.</translation>
    </message>
    <message>
        <source>Your previous data was kept as a safety copy: %1</source>
        <translation>Poprzednie dane zachowano jako kopię zabezpieczającą: %1</translation>
    </message>
    <message>
        <source>%1 was not restored: %2

Nothing was changed.</source>
        <translation>Nie przywrócono %1: %2

Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Restoring %1 stopped with an unexpected error: %2

Details are in the log file.</source>
        <translation>Przywracanie %1 przerwał nieoczekiwany błąd: %2

Szczegóły są w pliku dziennika.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made by you</source>
        <translation>Utworzona ręcznie</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatyczna</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Kopia zabezpieczająca przed przywróceniem</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatyczne kopie zapasowe</translation>
    </message>
    <message>
        <source>Dispute Desk backs up your orders and evidence by itself when they changed: a few minutes after a change, once a day and when you close it. Of the older automatic backups it keeps the newest one of each of the last days, weeks and months set here. Backups you make yourself and the safety copies made before a restore are never removed.</source>
        <translation>Dispute Desk sam tworzy kopie zapasowe zamówień i dowodów, gdy coś się zmieni: kilka minut po zmianie, raz dziennie i przy zamknięciu programu. Ze starszych kopii automatycznych zachowuje najnowszą z każdego z ostatnich dni, tygodni i miesięcy ustawionych tutaj. Kopie utworzone ręcznie i kopie zabezpieczające sprzed przywrócenia nigdy nie są usuwane.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>Days with a daily backup to keep</source>
        <translation>Liczba dni z zachowaną kopią dzienną</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tygodni</translation>
    </message>
    <message>
        <source>Weeks with a weekly backup to keep</source>
        <translation>Liczba tygodni z zachowaną kopią tygodniową</translation>
    </message>
    <message>
        <source>months</source>
        <translation>miesięcy</translation>
    </message>
    <message>
        <source>Months with a monthly backup to keep</source>
        <translation>Liczba miesięcy z zachowaną kopią miesięczną</translation>
    </message>
    <message>
        <source>&amp;Daily backups for the last:</source>
        <translation>Kopie &amp;dzienne z ostatnich:</translation>
    </message>
    <message>
        <source>&amp;Weekly backups for the last:</source>
        <translation>Kopie &amp;tygodniowe z ostatnich:</translation>
    </message>
    <message>
        <source>&amp;Monthly backups for the last:</source>
        <translation>Kopie mi&amp;esięczne z ostatnich:</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Kopie zapasowe w %1</translation>
    </message>
    <message>
        <source>No backups yet. The first automatic backup is made a few minutes after your data changes; Back up now makes one at once.</source>
        <translation>Brak kopii zapasowych. Pierwsza kopia automatyczna powstanie kilka minut po zmianie danych; „Utwórz kopię teraz” tworzy ją od razu.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Brak kopii zapasowych</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>Make a backup in the backups folder now</source>
        <translation>Utwórz teraz kopię zapasową w folderze kopii</translation>
    </message>
    <message>
        <source>Res&amp;tore this…</source>
        <translation>Przywróć tę k&amp;opię…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Przywróć wybraną kopię zapasową</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Pokaż w &amp;folderze</translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation>Pokaż folder kopii zapasowych</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Postęp tworzenia kopii</translation>
    </message>
    <message>
        <source>Backups status</source>
        <translation>Stan kopii zapasowych</translation>
    </message>
    <message>
        <source>⚠ Could not read the backups folder: %1</source>
        <translation>⚠ Nie udało się odczytać folderu kopii zapasowych: %1</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>Nie udało się otworzyć %1 w menedżerze plików.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>Utworzono kopię zapasową: %1 (%2).</translation>
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
        <translation>Brak danych w tym okresie.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of bars; series: %1. The numbers are in the table below.</source>
        <translation>
            <numerusform>%n grupa słupków; serie: %1. Liczby są w tabeli poniżej.</numerusform>
            <numerusform>%n grupy słupków; serie: %1. Liczby są w tabeli poniżej.</numerusform>
            <numerusform>%n grup słupków; serie: %1. Liczby są w tabeli poniżej.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyRetry</name>
    <message>
        <source>%1 What you entered is kept and saved as soon as the data is free again (trying again…).</source>
        <translation>%1 Wpisane informacje są zachowane i zostaną zapisane, gdy tylko dane znów będą dostępne (ponawianie próby…).</translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Anuluj zamówienie %1</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Dispute case</source>
        <translation>Szczegóły sporu</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Spór</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Spór dotyczący całego zamówienia</translation>
    </message>
    <message>
        <source>Dispute about item %1: %2</source>
        <translation>Spór dotyczący produktu %1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Otwarto: %1</translation>
    </message>
    <message>
        <source>Refund asked: %1</source>
        <translation>Żądany zwrot: %1</translation>
    </message>
    <message>
        <source>%1, with a return of the item</source>
        <translation>%1, ze zwrotem produktu</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>Ze zwrotem produktu</translation>
    </message>
    <message>
        <source>Seller offers: %1</source>
        <translation>Sprzedawca proponuje: %1</translation>
    </message>
    <message>
        <source>Seller answered: %1</source>
        <translation>Sprzedawca odpowiedział: %1</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Eskalowano: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Decyzja: %1 (%2)</translation>
    </message>
    <message>
        <source>Appealed: %1</source>
        <translation>Odwołanie: %1</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Otrzymany zwrot: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Anulowano: %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Spór: %1</translation>
    </message>
    <message>
        <source>Refunds usually take %2–%3 business days.</source>
        <translation>Zwrot pieniędzy trwa zwykle od %2 do %3 dni roboczych.</translation>
    </message>
    <message>
        <source>Paid by %1: refunds usually take %2–%3 business days.</source>
        <translation>Metoda płatności: %1 – zwrot pieniędzy trwa zwykle od %2 do %3 dni roboczych.</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: pozostało %2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Obraz SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nie udało się zapisać %1.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Numbers of the chart: %1</source>
        <translation>Dane wykresu: %1</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Zapisz wykres…</translation>
    </message>
    <message>
        <source>Save the chart %1 as a picture</source>
        <translation>Zapisz wykres %1 jako obraz</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Open the dispute</source>
        <translation>Otwórz spór</translation>
    </message>
    <message>
        <source>Open it on the order page, then press Finish: the app records it and counts down to the seller&apos;s answer and the escalation day.</source>
        <translation>Otwórz go na stronie zamówienia, a potem naciśnij „Zakończ”: aplikacja zapisze spór i zacznie odliczać czas do odpowiedzi sprzedawcy i do dnia eskalacji.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Refund asked for</source>
        <translation>Żądany zwrot</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Zwrot produktu</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>How to open it:</source>
        <translation>Jak go otworzyć:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Całe zamówienie</translation>
    </message>
    <message>
        <source>Full refund, %1</source>
        <translation>Pełny zwrot pieniędzy, %1</translation>
    </message>
    <message>
        <source>Partial refund, %1</source>
        <translation>Częściowy zwrot pieniędzy, %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>CountdownBox</name>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
</context>
<context>
    <name>CountdownField</name>
    <message>
        <source>e.g. 23 d 14:22:10</source>
        <translation>np. 23 d 14:22:10</translation>
    </message>
    <message>
        <source>%1 as the order page shows it now: resulting time</source>
        <translation>%1 (jak teraz na stronie zamówienia): czas wynikowy</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now.</source>
        <translation>Tak, jak teraz pokazuje strona zamówienia; liczone od teraz.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dispute Desk: something went wrong</source>
        <translation>Dispute Desk: coś poszło nie tak</translation>
    </message>
    <message>
        <source>&lt;b&gt;An unexpected error happened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wystąpił nieoczekiwany błąd.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What was saved before this error is safe: each change is saved when you make it. If you were saving something just now, check that it is there before you go on; you can keep working, or quit and start Dispute Desk again.</source>
        <translation>To, co zapisano przed tym błędem, jest bezpieczne: każda zmiana jest zapisywana od razu. Jeśli przed chwilą coś zapisywano, przed dalszą pracą sprawdź, czy to jest. Możesz pracować dalej albo zakończyć i ponownie uruchomić Dispute Desk.</translation>
    </message>
    <message>
        <source>Please report it at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: say what you were doing just before, and attach the log file below (it records what the app did; look it over before you send it).</source>
        <translation>Zgłoś go na &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: opisz, co działo się tuż przed błędem, i dołącz poniższy plik dziennika (zapisuje, co robiła aplikacja; przejrzyj go przed wysłaniem).</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Plik dziennika: {path}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiuj szczegóły</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;dziennika</translation>
    </message>
    <message>
        <source>&amp;Quit Dispute Desk</source>
        <translation>&amp;Zakończ Dispute Desk</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>K&amp;ontynuuj</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Plik dziennika: %1</translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation>Co się nie powiodło: {error}</translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>{reason}

That action was not saved.</source>
        <translation>{reason}

Ta czynność nie została zapisana.</translation>
    </message>
    <message>
        <source>Dispute Desk can&apos;t open your data.

{reason}</source>
        <translation>Dispute Desk nie może otworzyć Twoich danych.

{reason}</translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>No open deadlines.</source>
        <translation>Brak aktywnych terminów.</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Termin %1 · %2</translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation>%1: pozostało %2</translation>
    </message>
</context>
<context>
    <name>DisputeReason</name>
    <message>
        <source>Tracking stopped moving</source>
        <translation>Śledzenie przesyłki przestało się aktualizować</translation>
    </message>
    <message>
        <source>It went to the wrong address or country</source>
        <translation>Trafiła pod zły adres lub do innego kraju</translation>
    </message>
    <message>
        <source>The delivery period is about to end</source>
        <translation>Czas dostawy zaraz się skończy</translation>
    </message>
    <message>
        <source>It is going back to the seller</source>
        <translation>Wraca do sprzedawcy</translation>
    </message>
    <message>
        <source>It is held at customs</source>
        <translation>Została zatrzymana w urzędzie celnym</translation>
    </message>
    <message>
        <source>It is not as described (size, colour, material, model)</source>
        <translation>Produkt jest niezgodny z opisem (rozmiar, kolor, materiał, model)</translation>
    </message>
    <message>
        <source>It doesn&apos;t work or is defective</source>
        <translation>Produkt nie działa lub jest wadliwy</translation>
    </message>
    <message>
        <source>It arrived damaged</source>
        <translation>Produkt dotarł uszkodzony</translation>
    </message>
    <message>
        <source>I got a different item</source>
        <translation>Przyszedł inny produkt</translation>
    </message>
    <message>
        <source>Fewer items than I ordered</source>
        <translation>Przyszło mniej sztuk, niż zamówiono</translation>
    </message>
    <message>
        <source>It is a counterfeit</source>
        <translation>To podróbka</translation>
    </message>
    <message>
        <source>The parcel was empty</source>
        <translation>Przesyłka była pusta</translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <source>Open a dispute — order %1</source>
        <translation>Otwórz spór — zamówienie %1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Language of the draft:</source>
        <translation>Język szkicu:</translation>
    </message>
    <message>
        <source>Parts still to fill in</source>
        <translation>Fragmenty do uzupełnienia</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiuj do schowka</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1, język: %2</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopiuj: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied, with %n part(s) in […] still to fill in: fill them in before you send it.</source>
        <translation>
            <numerusform>Skopiowano; %n fragment w […] jest jeszcze do uzupełnienia: uzupełnij go przed wysłaniem.</numerusform>
            <numerusform>Skopiowano; %n fragmenty w […] są jeszcze do uzupełnienia: uzupełnij je przed wysłaniem.</numerusform>
            <numerusform>Skopiowano; %n fragmentów w […] jest jeszcze do uzupełnienia: uzupełnij je przed wysłaniem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only you can fill in %n part(s) in […]: %1</source>
        <translation>
            <numerusform>Tylko Ty możesz uzupełnić %n fragment w […]: %1</numerusform>
            <numerusform>Tylko Ty możesz uzupełnić %n fragmenty w […]: %1</numerusform>
            <numerusform>Tylko Ty możesz uzupełnić %n fragmentów w […]: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Parts still to fill in</source>
        <translation>Fragmenty do uzupełnienia</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Can you open it now?</source>
        <translation>Czy możesz go teraz otworzyć?</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Dla tego zamówienia i Twojego powodu, na chwilę obecną.</translation>
    </message>
    <message>
        <source>Can the dispute be opened</source>
        <translation>Czy można otworzyć spór</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Dlaczego nie</translation>
    </message>
    <message>
        <source>Last chance</source>
        <translation>Ostatnia szansa</translation>
    </message>
    <message>
        <source>Other ways to get your money back</source>
        <translation>Inne sposoby odzyskania pieniędzy</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Co możesz zrobić</translation>
    </message>
    <message>
        <source>You can&apos;t go on from here now: press Close.</source>
        <translation>Na razie nie można przejść dalej: naciśnij „Zamknij”.</translation>
    </message>
    <message>
        <source>Next in this guide</source>
        <translation>Dalej w tym przewodniku</translation>
    </message>
    <message>
        <source>1. The evidence to gather for your reason, with photos you can add now.
2. The refund you ask for, and whether you send the item back.
3. The dispute text, ready to paste into the dispute form.

Nothing is recorded until you press Finish.</source>
        <translation>1. Dowody do zebrania dla Twojego powodu, ze zdjęciami, które możesz dodać od razu.
2. Zwrot pieniędzy, o który prosisz, i czy odsyłasz produkt.
3. Tekst sporu, gotowy do wklejenia w formularz sporu.

Nic nie zostanie zapisane, dopóki nie naciśniesz „Zakończ”.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Co dalej</translation>
    </message>
    <message>
        <source>Last chance: you can still open it, until %1.</source>
        <translation>Ostatnia szansa: możesz go jeszcze otworzyć do %1.</translation>
    </message>
    <message>
        <source>Until the last chance is gone</source>
        <translation>Do końca ostatniej szansy</translation>
    </message>
    <message>
        <source>You can open it now, until %1.</source>
        <translation>Możesz go otworzyć teraz, do %1.</translation>
    </message>
    <message>
        <source>Until the dispute window closes</source>
        <translation>Do końca okresu na otwarcie sporu</translation>
    </message>
    <message>
        <source>You can open it from %1.</source>
        <translation>Możesz go otworzyć od %1.</translation>
    </message>
    <message>
        <source>Until you can open it</source>
        <translation>Do chwili, gdy będzie można go otworzyć</translation>
    </message>
    <message>
        <source>You can&apos;t open it now.</source>
        <translation>Teraz nie możesz go otworzyć.</translation>
    </message>
    <message>
        <source>protection ends</source>
        <translation>końca ochrony kupującego</translation>
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
        <translation>Witaj w Dispute Desk</translation>
    </message>
    <message>
        <source>Keep every order with a live countdown to its next deadline: payment check, shipping, buyer protection, disputes and refunds. Everything stays on this computer.</source>
        <translation>Przechowuj każde zamówienie z odliczaniem na żywo do najbliższego terminu: weryfikacja płatności, wysyłka, ochrona kupującego, spory i zwroty pieniędzy. Wszystko zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>Add your first order…</source>
        <translation>Dodaj pierwsze zamówienie…</translation>
    </message>
    <message>
        <source>Add your first order</source>
        <translation>Dodaj pierwsze zamówienie</translation>
    </message>
    <message>
        <source>Try it with sample orders</source>
        <translation>Wypróbuj na przykładowych zamówieniach</translation>
    </message>
    <message>
        <source>Load sample orders</source>
        <translation>Wczytaj przykładowe zamówienia</translation>
    </message>
    <message>
        <source>Loads made-up orders, clearly marked, that you can remove again in one step.</source>
        <translation>Wczytuje fikcyjne, wyraźnie oznaczone zamówienia, które można potem usunąć jednym krokiem.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — zamówienie %2</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Kiedy to się stało</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <source>&amp;Note (required)</source>
        <translation>&amp;Notatka (wymagana)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Czas &amp;realizacji</translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation>Numer prze&amp;syłki</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>&amp;Przewoźnik</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Wybierz wynik…</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
    <message>
        <source>Days &amp;asked for</source>
        <translation>Żądana liczba &amp;dni</translation>
    </message>
    <message>
        <source>The decision includes a return of the item</source>
        <translation>Decyzja obejmuje zwrot produktu</translation>
    </message>
    <message>
        <source>I will send the item back (return)</source>
        <translation>Odeślę produkt (zwrot)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot produktu</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Całe zamówienie</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Produkt %1: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>Prod&amp;ukt</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Odliczanie na stronie zamówienia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Not entered (estimated from the rules)</source>
        <translation>Nie wpisano (szacunek według reguł)</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Przedłużenie w dniach</translation>
    </message>
    <message>
        <source>&amp;Buyer protection</source>
        <translation>&amp;Ochrona kupującego</translation>
    </message>
    <message>
        <source>in %1, e.g. 12.34</source>
        <translation>w %1, np. 12,34</translation>
    </message>
    <message>
        <source>Re&amp;fund asked</source>
        <translation>Żądany &amp;zwrot</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Oferta</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Kwo&amp;ta</translation>
    </message>
    <message>
        <source>Enter an amount of more than zero.</source>
        <translation>Wpisz kwotę większą od zera.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>To więcej niż suma zamówienia (%1).</translation>
    </message>
    <message>
        <source>Enter the new tracking number.</source>
        <translation>Wpisz nowy numer przesyłki.</translation>
    </message>
    <message>
        <source>Choose the reason for the dispute.</source>
        <translation>Wybierz powód sporu.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Wybierz wynik.</translation>
    </message>
    <message>
        <source>Only a full refund comes with a return: with a partial one you keep the item.</source>
        <translation>Tylko pełny zwrot pieniędzy wiąże się ze zwrotem produktu: przy częściowym zatrzymujesz produkt.</translation>
    </message>
    <message>
        <source>Enter the amount of the partial refund.</source>
        <translation>Wpisz kwotę częściowego zwrotu pieniędzy.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Wpisz notatkę.</translation>
    </message>
    <message>
        <source>To record: %1</source>
        <translation>Aby zapisać: %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Record that you paid for the order</source>
        <translation>Zapisz, że zamówienie zostało opłacone</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Record that the seller shipped the order</source>
        <translation>Zapisz, że sprzedawca wysłał zamówienie</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Aktualizacja śledzenia</translation>
    </message>
    <message>
        <source>Record a new tracking number or carrier</source>
        <translation>Zapisz nowy numer przesyłki lub przewoźnika</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczono</translation>
    </message>
    <message>
        <source>Record that tracking shows the parcel delivered</source>
        <translation>Zapisz, że według śledzenia przesyłka została dostarczona</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>Potwierdzenie odbioru</translation>
    </message>
    <message>
        <source>Record that you confirmed receipt of the order</source>
        <translation>Zapisz, że odbiór zamówienia został potwierdzony</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Prośba o anulowanie</translation>
    </message>
    <message>
        <source>Record that you asked to cancel the order</source>
        <translation>Zapisz, że wysłano prośbę o anulowanie zamówienia</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Anulowanie zatwierdzone</translation>
    </message>
    <message>
        <source>Record that the seller approved the cancellation</source>
        <translation>Zapisz, że sprzedawca zatwierdził anulowanie</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Anulowanie odrzucone</translation>
    </message>
    <message>
        <source>Record that the seller refused to cancel</source>
        <translation>Zapisz, że sprzedawca odmówił anulowania</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Record that the order was cancelled</source>
        <translation>Zapisz, że zamówienie zostało anulowane</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Poproszono o przedłużenie</translation>
    </message>
    <message>
        <source>Record that you asked the seller to extend buyer protection</source>
        <translation>Zapisz, że poproszono sprzedawcę o przedłużenie ochrony kupującego</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Ochrona przedłużona</translation>
    </message>
    <message>
        <source>Record that buyer protection was extended</source>
        <translation>Zapisz, że ochrona kupującego została przedłużona</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Otwarto spór</translation>
    </message>
    <message>
        <source>Record that you opened a dispute</source>
        <translation>Zapisz, że otwarto spór</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Spór anulowany</translation>
    </message>
    <message>
        <source>Record that you cancelled the open dispute</source>
        <translation>Zapisz, że otwarty spór został anulowany</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Sprzedawca odpowiedział</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer to the dispute</source>
        <translation>Zapisz odpowiedź sprzedawcy w sporze</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalowano</translation>
    </message>
    <message>
        <source>Record that the dispute went to the platform</source>
        <translation>Zapisz, że spór przekazano platformie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Record how the dispute was decided</source>
        <translation>Zapisz, jak rozstrzygnięto spór</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Złożono odwołanie</translation>
    </message>
    <message>
        <source>Record that you appealed the decision</source>
        <translation>Zapisz, że złożono odwołanie od decyzji</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Zwrot zlecony</translation>
    </message>
    <message>
        <source>Record that the refund was issued</source>
        <translation>Zapisz, że zlecono zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Zwrot otrzymany</translation>
    </message>
    <message>
        <source>Record that the refund arrived</source>
        <translation>Zapisz, że zwrot pieniędzy dotarł</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Add a note to the order&apos;s timeline</source>
        <translation>Dodaj notatkę do osi czasu zamówienia</translation>
    </message>
    <message>
        <source>Not received: tracking stopped moving</source>
        <translation>Nie dotarła: brak aktualizacji śledzenia</translation>
    </message>
    <message>
        <source>Not received: sent to the wrong address</source>
        <translation>Nie dotarła: wysłana pod zły adres</translation>
    </message>
    <message>
        <source>Not received: delivery period ending</source>
        <translation>Nie dotarła: kończy się czas dostawy</translation>
    </message>
    <message>
        <source>Not received: returned to the sender</source>
        <translation>Nie dotarła: zwrócona do nadawcy</translation>
    </message>
    <message>
        <source>Not received: held at customs</source>
        <translation>Nie dotarła: zatrzymana w urzędzie celnym</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
    <message>
        <source>Defective, doesn&apos;t work</source>
        <translation>Wadliwy, nie działa</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Uszkodzony</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Niewłaściwy produkt</translation>
    </message>
    <message>
        <source>Fewer items than ordered</source>
        <translation>Mniej sztuk, niż zamówiono</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Podróbka</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Pusta przesyłka</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Zmiana decyzji</translation>
    </message>
    <message>
        <source>Found it cheaper</source>
        <translation>Taniej gdzie indziej</translation>
    </message>
    <message>
        <source>Seller out of stock</source>
        <translation>Brak towaru u sprzedawcy</translation>
    </message>
    <message>
        <source>Seller raised the price</source>
        <translation>Sprzedawca podniósł cenę</translation>
    </message>
    <message>
        <source>The seller asked for it</source>
        <translation>Na prośbę sprzedawcy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>taken %1</source>
        <translation>wykonano %1</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Zdjęcia i filmy (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Zdjęcia (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Filmy (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Add photos and videos</source>
        <translation>Dodaj zdjęcia i filmy</translation>
    </message>
    <message numerus="yes">
        <source>Adding files to order %1: %n…</source>
        <translation>
            <numerusform>Dodawanie plików do zamówienia %1: %n…</numerusform>
            <numerusform>Dodawanie plików do zamówienia %1: %n…</numerusform>
            <numerusform>Dodawanie plików do zamówienia %1: %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence to order %1</source>
        <translation>Dodaj dowody do zamówienia %1</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nic nie dodano: %1</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Dodawanie dowodów</translation>
    </message>
    <message numerus="yes">
        <source>Checking and storing %n file(s) for order %1…</source>
        <translation>
            <numerusform>Sprawdzanie i zapisywanie %n pliku dla zamówienia %1…</numerusform>
            <numerusform>Sprawdzanie i zapisywanie %n plików dla zamówienia %1…</numerusform>
            <numerusform>Sprawdzanie i zapisywanie %n plików dla zamówienia %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation>Przenieś %1 do kosza</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation>W schowku nie ma obrazu ani pliku do dodania.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <source>Moved %1 to the trash. Undo with %2.</source>
        <translation>Przeniesiono %1 do kosza. Aby cofnąć, użyj %2.</translation>
    </message>
    <message>
        <source>Play video</source>
        <translation>Odtwórz film</translation>
    </message>
    <message>
        <source>No program opened %1.</source>
        <translation>Żaden program nie otworzył pliku %1.</translation>
    </message>
    <message>
        <source>Make the case pack in…</source>
        <translation>Utwórz pakiet dowodowy w…</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wybierz</translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation>Nie udało się utworzyć folderu %1: %2</translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation>Pakiet dowodowy</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Case pack %1</source>
        <translation>Pakiet dowodowy %1</translation>
    </message>
    <message>
        <source>Making the case pack for order %1…</source>
        <translation>Tworzenie pakietu dowodowego dla zamówienia %1…</translation>
    </message>
    <message>
        <source>Case pack of order %1</source>
        <translation>Pakiet dowodowy zamówienia %1</translation>
    </message>
    <message>
        <source>No case pack was made: %1</source>
        <translation>Nie utworzono pakietu dowodowego: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>&amp;Add photos…</source>
        <translation>Dodaj &amp;zdjęcia…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order as evidence</source>
        <translation>Dodaj do zamówienia zdjęcia lub filmy jako dowody</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Wklej zdjęcie</translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard to the order</source>
        <translation>Dodaj do zamówienia obraz lub pliki ze schowka</translation>
    </message>
    <message>
        <source>Show &amp;gallery…</source>
        <translation>Pokaż &amp;galerię…</translation>
    </message>
    <message>
        <source>Make case &amp;pack…</source>
        <translation>Utwórz &amp;pakiet dowodowy…</translation>
    </message>
    <message>
        <source>A PDF case file and upload-ready photo copies in a folder</source>
        <translation>Plik sprawy w PDF i kopie zdjęć gotowe do przesłania, w jednym folderze</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Dowody</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Evidence of the order</source>
        <translation>Dowody do zamówienia</translation>
    </message>
    <message>
        <source>Drop photos or videos here, or paste with Ctrl+V.</source>
        <translation>Upuść tu zdjęcia lub filmy albo wklej je przez Ctrl+V.</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Dodaj &amp;zdjęcia…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Dodaj zdjęcia lub filmy do zamówienia</translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation>&amp;Galeria…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Otwórz galerię dowodów</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos attached to this order: %n.</source>
        <translation>
            <numerusform>Zdjęcia i filmy dołączone do tego zamówienia: %n.</numerusform>
            <numerusform>Zdjęcia i filmy dołączone do tego zamówienia: %n.</numerusform>
            <numerusform>Zdjęcia i filmy dołączone do tego zamówienia: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos or videos attached to this order yet.</source>
        <translation>Do tego zamówienia nie dołączono jeszcze zdjęć ani filmów.</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>Evidence — order %1</source>
        <translation>Dowody — zamówienie %1</translation>
    </message>
    <message>
        <source>Evidence gallery</source>
        <translation>Galeria dowodów</translation>
    </message>
    <message>
        <source>Add a caption: what the photo shows</source>
        <translation>Dodaj podpis: co pokazuje zdjęcie</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Powiększenie</translation>
    </message>
    <message>
        <source>All photos and videos</source>
        <translation>Wszystkie zdjęcia i filmy</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Brak zdjęć — upuść tu pliki lub wklej zrzut ekranu (Ctrl+V)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzednie</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następne</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>Odtwórz…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Video</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Tick what you have. Keep these ready to upload on the dispute form.</source>
        <translation>Zaznacz, co masz. Przygotuj to do przesłania w formularzu sporu.</translation>
    </message>
    <message>
        <source>Evidence ready</source>
        <translation>Gotowe dowody</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready.</source>
        <translation>
            <numerusform>Gotowe: %1 z %n.</numerusform>
            <numerusform>Gotowe: %1 z %n.</numerusform>
            <numerusform>Gotowe: %1 z %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing special to prepare for this reason.</source>
        <translation>Dla tego powodu nie trzeba przygotowywać nic szczególnego.</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation>Dodaj zdjęcia lub filmy do zamówienia</translation>
    </message>
    <message>
        <source>Add photos or videos (or drop files here, or paste with Ctrl+V)</source>
        <translation>Dodaj zdjęcia lub filmy (albo upuść tu pliki lub wklej przez Ctrl+V)</translation>
    </message>
    <message>
        <source>Gallery…</source>
        <translation>Galeria…</translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation>Otwórz galerię dowodów</translation>
    </message>
    <message>
        <source>Show the removed photos and videos</source>
        <translation>Pokaż usunięte zdjęcia i filmy</translation>
    </message>
    <message>
        <source>Photos and videos of the order</source>
        <translation>Zdjęcia i filmy zamówienia</translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation>Brak zdjęć — upuść tu pliki lub wklej zrzut ekranu (Ctrl+V)</translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos: %n</source>
        <translation>
            <numerusform>Zdjęcia i filmy: %n</numerusform>
            <numerusform>Zdjęcia i filmy: %n</numerusform>
            <numerusform>Zdjęcia i filmy: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Zdjęcia i filmy</translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation>Brak zdjęć i filmów.</translation>
    </message>
    <message>
        <source>Removed (%1)…</source>
        <translation>Usunięte (%1)…</translation>
    </message>
</context>
<context>
    <name>EvidenceTrashDialog</name>
    <message>
        <source>Removed photos and videos of %1</source>
        <translation>Usunięte zdjęcia i filmy zamówienia %1</translation>
    </message>
    <message>
        <source>Choose what to bring back to the order.</source>
        <translation>Wybierz, co przywrócić do zamówienia.</translation>
    </message>
    <message>
        <source>Photos and videos in the trash</source>
        <translation>Zdjęcia i filmy w koszu</translation>
    </message>
    <message>
        <source>Nothing of this order is in the trash.</source>
        <translation>W koszu nie ma niczego z tego zamówienia.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Restore the chosen photos and videos</source>
        <translation>Przywróć wybrane zdjęcia i filmy</translation>
    </message>
    <message>
        <source>(removed %1)</source>
        <translation>(usunięto %1)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Orders as &amp;CSV…</source>
        <translation>Zamówienia jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Wszystko jako &amp;JSON…</translation>
    </message>
    <message>
        <source>Deadlines as calendar (&amp;ICS)…</source>
        <translation>Terminy jako &amp;kalendarz (ICS)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n zamówienie do %1</numerusform>
            <numerusform>Wyeksportowano %n zamówienia do %1</numerusform>
            <numerusform>Wyeksportowano %n zamówień do %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) with their history to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n zamówienie z historią do %1</numerusform>
            <numerusform>Wyeksportowano %n zamówienia z historią do %1</numerusform>
            <numerusform>Wyeksportowano %n zamówień z historią do %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to the calendar file %1</source>
        <translation>
            <numerusform>Wyeksportowano %n termin do pliku kalendarza %1</numerusform>
            <numerusform>Wyeksportowano %n terminy do pliku kalendarza %1</numerusform>
            <numerusform>Wyeksportowano %n terminów do pliku kalendarza %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of your data in another format</source>
        <translation>Zapisz kopię danych w innym formacie</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Eksportowanie do %1…</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Nie udało się wyeksportować do %1: %2</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>What did you do?</source>
        <translation>Co zostało zrobione?</translation>
    </message>
    <message>
        <source>Choose what happened. Finish records it on the order&apos;s timeline, and the app then counts down to what comes next.</source>
        <translation>Wybierz, co się stało. „Zakończ” zapisze to na osi czasu zamówienia, a aplikacja zacznie odliczać czas do kolejnego kroku.</translation>
    </message>
    <message>
        <source>I pressed Cancel order (requested cancellation)</source>
        <translation>Kliknięto „Anuluj zamówienie” (prośba o anulowanie)</translation>
    </message>
    <message>
        <source>The seller approved the cancellation</source>
        <translation>Sprzedawca zatwierdził anulowanie</translation>
    </message>
    <message>
        <source>The seller refused</source>
        <translation>Sprzedawca odmówił</translation>
    </message>
    <message>
        <source>The seller says it has shipped</source>
        <translation>Sprzedawca twierdzi, że już wysłał</translation>
    </message>
    <message>
        <source>I cancelled it on the order page</source>
        <translation>Anulowano je na stronie zamówienia</translation>
    </message>
    <message>
        <source>The money arrived</source>
        <translation>Pieniądze wpłynęły</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Co się stało?</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Jeszcze nic</translation>
    </message>
    <message>
        <source>Finish records: %1.</source>
        <translation>„Zakończ” zapisze: %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded. Open this wizard again when something happens.</source>
        <translation>Nic nie zostanie zapisane. Otwórz ten kreator ponownie, gdy coś się wydarzy.</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>How to use Dispute Desk, step by step</source>
        <translation>Jak korzystać z Dispute Desk, krok po kroku</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Otwórz folder &amp;dziennika</translation>
    </message>
    <message>
        <source>The folder with the log to attach to a problem report</source>
        <translation>Folder z dziennikiem do dołączenia do zgłoszenia problemu</translation>
    </message>
    <message>
        <source>&amp;About Dispute Desk</source>
        <translation>&amp;O programie Dispute Desk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Importuj zamówienia</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nie wybrano pliku</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Wybierz plik do zaimportowania</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Wykryj na podstawie zawartości</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format pliku</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Kodowanie tekstu w pliku</translation>
    </message>
    <message>
        <source>If the titles look garbled in the preview, choose the encoding the file was saved in</source>
        <translation>Jeśli nazwy w podglądzie wyglądają na zniekształcone, wybierz kodowanie, w którym zapisano plik</translation>
    </message>
    <message>
        <source>Currency for prices that name none</source>
        <translation>Waluta dla cen bez podanej waluty</translation>
    </message>
    <message>
        <source>&amp;Remember as my default</source>
        <translation>&amp;Zapamiętaj jako domyślną</translation>
    </message>
    <message>
        <source>Use this currency for prices that name none in later imports too</source>
        <translation>Używaj tej waluty dla cen bez podanej waluty także przy kolejnych importach</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wal&amp;uta:</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Wybierz plik, aby zobaczyć jego zawartość.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Co zrobi import</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported:</source>
        <translation>Wiersze, których nie można zaimportować:</translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, with their line numbers</source>
        <translation>Wiersze, których nie można zaimportować, z numerami linii</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Importuj zamówienia</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <source>Stop the import; nothing is imported</source>
        <translation>Przerwij import; nic nie zostanie zaimportowane</translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;All files (*)</source>
        <translation>Pliki zamówień (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>from the settings (%1)</source>
        <translation>z ustawień (%1)</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be saved.</source>
        <translation>Anulowanie… nic z tego importu nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>Detect from the content (found: %1)</source>
        <translation>Wykryj na podstawie zawartości (wykryto: %1)</translation>
    </message>
    <message>
        <source>%1, read as %2</source>
        <translation>%1, odczytano jako %2</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
        <translation>%1 — do dodania: %2, do aktualizacji: %3, bez zmian: %4, do pominięcia: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file can&apos;t be read (listed below).</source>
        <translation>
            <numerusform>%n wiersz pliku jest nieczytelny (lista poniżej).</numerusform>
            <numerusform>%n wiersze pliku są nieczytelne (lista poniżej).</numerusform>
            <numerusform>%n wierszy pliku jest nieczytelnych (lista poniżej).</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>Gotowe. Dodano: %1, zaktualizowano: %2, bez zmian: %3, pominięto: %4.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Import nie powiódł się: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizuj</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Lines %1 of the file</source>
        <translation>Wiersze pliku: %1</translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>Stores to avoid in this file</source>
        <translation>Sklepy do unikania w tym pliku</translation>
    </message>
    <message numerus="yes">
        <source>From stores you marked to avoid: %1 (%n order(s) to add).</source>
        <translation>
            <numerusform>Ze sklepów oznaczonych do unikania: %1 (%n zamówienie do dodania).</numerusform>
            <numerusform>Ze sklepów oznaczonych do unikania: %1 (%n zamówienia do dodania).</numerusform>
            <numerusform>Ze sklepów oznaczonych do unikania: %1 (%n zamówień do dodania).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTabs</name>
    <message>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Zamówienia</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statystyki</translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation>S&amp;klepy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
</context>
<context>
    <name>ItemsSection</name>
    <message>
        <source>Items and their disputes</source>
        <translation>Produkty i ich spory</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Refunded in all: %1 of %2</source>
        <translation>Łącznie zwrócono: %1 z %2</translation>
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
        <translation>W sporze dotyczącym całego zamówienia</translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation>Otrzymany zwrot: %1</translation>
    </message>
    <message>
        <source>%1, asked %2</source>
        <translation>%1, żądano %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>The language of the window, and of the dates, numbers and amounts in it. By default Dispute Desk speaks your system&apos;s language when it knows it, else English.</source>
        <translation>Język okna oraz wyświetlanych w nim dat, liczb i kwot. Domyślnie Dispute Desk używa języka systemu, jeśli go zna, a w przeciwnym razie angielskiego.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Po zmianie języka</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ję&amp;zyk:</translation>
    </message>
    <message>
        <source>Dispute Desk speaks %1 from its next start: close it and open it again.</source>
        <translation>Od następnego uruchomienia Dispute Desk będzie używać języka: %1. Zamknij program i otwórz go ponownie.</translation>
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
        <translation>Wybierz zamówienie, aby zobaczyć jego terminy i historię.</translation>
    </message>
    <message>
        <source>Loading sample orders…</source>
        <translation>Wczytywanie przykładowych zamówień…</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Cofnięto: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Ponowiono: %1.</translation>
    </message>
    <message>
        <source>Quit Dispute Desk</source>
        <translation>Zakończ Dispute Desk</translation>
    </message>
    <message>
        <source>Something you typed has not been saved yet. Quit anyway and lose it?</source>
        <translation>Część wpisanych danych nie została jeszcze zapisana. Zakończyć mimo to i je utracić?</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import orders from an export file or e-mails</source>
        <translation>Importuj zamówienia z pliku eksportu lub z e-maili</translation>
    </message>
    <message>
        <source>Add from order &amp;page text…</source>
        <translation>Dodaj z tekstu &amp;strony zamówienia…</translation>
    </message>
    <message>
        <source>Paste an order page and add the order</source>
        <translation>Wklej stronę zamówienia i dodaj zamówienie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nowe zamówienie…</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Dodaj zamówienie</translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation>&amp;Edytuj zamówienie…</translation>
    </message>
    <message>
        <source>Open &amp;dispute…</source>
        <translation>Otwórz &amp;spór…</translation>
    </message>
    <message>
        <source>Check whether a dispute can be opened, and prepare it</source>
        <translation>Sprawdź, czy można otworzyć spór, i przygotuj go</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Anuluj zamówienie…</translation>
    </message>
    <message>
        <source>What to do to cancel the order, step by step</source>
        <translation>Co zrobić, aby anulować zamówienie, krok po kroku</translation>
    </message>
    <message>
        <source>&amp;Open order</source>
        <translation>&amp;Otwórz zamówienie</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Przenieś do &amp;kosza</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Usuń przykładowe zamówienia</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;ksportuj</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Za&amp;mówienie</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message to the seller</source>
        <translation>Wiadomość do sprzedawcy</translation>
    </message>
    <message>
        <source>Send it in the chat on the order page. Edit the draft as you like.</source>
        <translation>Wyślij ją na czacie na stronie zamówienia. Możesz dowolnie edytować szkic.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat with the seller.</source>
        <translation>Skopiowano. Wklej to na czacie ze sprzedawcą.</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>O numerze zamówienia</translation>
    </message>
    <message>
        <source>The draft names your order number, %1, so the seller finds the order.</source>
        <translation>Szkic zawiera numer zamówienia, %1, aby sprzedawca mógł je znaleźć.</translation>
    </message>
    <message>
        <source>The draft no longer names your order number, %1: the seller needs it.</source>
        <translation>Szkic nie zawiera już numeru zamówienia, %1: sprzedawca go potrzebuje.</translation>
    </message>
</context>
<context>
    <name>NumbersTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Kopiu&amp;j</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Kopiuj &amp;całą tabelę</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n order(s) to the trash. Undo with %1.</source>
        <translation>
            <numerusform>Przeniesiono %n zamówienie do kosza. Aby cofnąć, użyj %1.</numerusform>
            <numerusform>Przeniesiono %n zamówienia do kosza. Aby cofnąć, użyj %1.</numerusform>
            <numerusform>Przeniesiono %n zamówień do kosza. Aby cofnąć, użyj %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Szczegóły zamówienia</translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation>Wybierz zamówienie, aby zobaczyć jego terminy i historię.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Zapisz, co się stało</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>Kopiuj numer zamówienia</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit the order</source>
        <translation>Edytuj zamówienie</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <source>Move the order to the trash</source>
        <translation>Przenieś zamówienie do kosza</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Restore the order from the trash</source>
        <translation>Przywróć zamówienie z kosza</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Anuluj zamówienie…</translation>
    </message>
    <message>
        <source>Guide: cancel this order</source>
        <translation>Przewodnik: anulowanie tego zamówienia</translation>
    </message>
    <message>
        <source>What to do to cancel this order, and what happens next</source>
        <translation>Co zrobić, aby anulować to zamówienie, i co dzieje się potem</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <source>A note for the timeline: what the seller said, a promise…</source>
        <translation>Notatka na osi czasu: co powiedział sprzedawca, obietnica…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Add the note to the timeline</source>
        <translation>Dodaj notatkę do osi czasu</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation>Dodaj notatkę do osi czasu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>No other open deadlines: the dispute&apos;s dates are above.</source>
        <translation>Brak innych aktywnych terminów: daty sporu są powyżej.</translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <translation>%1 · w koszu</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Sklep: %1</translation>
    </message>
    <message>
        <source>Total: %1 · paid by %2</source>
        <translation>Suma: %1 · płatność: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Suma: %1</translation>
    </message>
    <message>
        <source>Restore the order to record what happened.</source>
        <translation>Przywróć zamówienie, aby zapisać, co się stało.</translation>
    </message>
    <message>
        <source>Nothing to record right now.</source>
        <translation>W tej chwili nie ma nic do zapisania.</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more item(s)</source>
        <translation>
            <numerusform>• i jeszcze %n produkt</numerusform>
            <numerusform>• i jeszcze %n produkty</numerusform>
            <numerusform>• i jeszcze %n produktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>What you typed in this dialog will be lost.</source>
        <translation>Dane wpisane w tym oknie zostaną utracone.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>Portfel elektroniczny</translation>
    </message>
    <message>
        <source>Marketplace balance</source>
        <translation>Saldo na platformie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Dodaj zamówienie</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Edytuj zamówienie %1</translation>
    </message>
    <message>
        <source>e.g. 8196543210987654</source>
        <translation>np. 8196543210987654</translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation>O numerze zamówienia</translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation>&amp;Numer zamówienia</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Sklep</translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation>Co zamówiono</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Na&amp;zwa</translation>
    </message>
    <message>
        <source>e.g. &quot;US $12.34&quot; or &quot;12,34&quot;</source>
        <translation>np. „US $12.34” lub „12,34”</translation>
    </message>
    <message>
        <source>Total as read</source>
        <translation>Odczytana suma</translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation>S&amp;uma</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Waluta</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>&amp;Payment method</source>
        <translation>&amp;Metoda płatności</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Data zamówienia</translation>
    </message>
    <message>
        <source>Pai&amp;d</source>
        <translation>Za&amp;płacono</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Data płatności</translation>
    </message>
    <message>
        <source>Change it in Settings → Rules. Countdowns are exact in any zone.</source>
        <translation>Zmień to w Ustawienia → Reguły terminów. Odliczanie jest dokładne w każdej strefie.</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Odliczanie do wysyłki</translation>
    </message>
    <message>
        <source>Ship-&amp;by countdown</source>
        <translation>&amp;Odliczanie do wysyłki</translation>
    </message>
    <message>
        <source>Ordered &amp;at</source>
        <translation>&amp;Data zamówienia</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation>Czas &amp;realizacji</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;tatka</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Dates as on the order page, in this computer&apos;s time zone (%1).</source>
        <translation>Daty jak na stronie zamówienia, w strefie czasowej tego komputera (%1).</translation>
    </message>
    <message>
        <source>Dates as on the order page, in %1 (%2).</source>
        <translation>Daty jak na stronie zamówienia, w strefie %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the total.</source>
        <translation>Wpisz sumę.</translation>
    </message>
    <message>
        <source>The order date is in the future.</source>
        <translation>Data zamówienia jest w przyszłości.</translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation>Czas płatności jest w przyszłości.</translation>
    </message>
    <message>
        <source>The payment time is before the order time.</source>
        <translation>Czas płatności jest wcześniejszy niż czas zamówienia.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation>Wpisz nazwę sklepu.</translation>
    </message>
    <message>
        <source>Enter what you ordered.</source>
        <translation>Wpisz, co zamówiono.</translation>
    </message>
    <message>
        <source>Enter a currency code such as USD or EUR.</source>
        <translation>Wpisz kod waluty, np. USD lub EUR.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use an ISO code such as USD or EUR.</source>
        <translation>Nieznana waluta „%1”: użyj kodu ISO, np. USD lub EUR.</translation>
    </message>
    <message>
        <source>To save: %1</source>
        <translation>Aby zapisać: %1</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Due within 48 hours</source>
        <translation>Termin w ciągu 48 godzin</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Termin w ciągu 7 dni</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Termin w ciągu 14 dni</translation>
    </message>
    <message>
        <source>More than 14 days left</source>
        <translation>Ponad 14 dni do terminu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>Waiting, nothing to do</source>
        <translation>Oczekiwanie, nic do zrobienia</translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation>Brak aktywnego terminu</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1: %2, termin %3</translation>
    </message>
    <message>
        <source>Sample order (made up)</source>
        <translation>Przykładowe zamówienie (fikcyjne)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n items</source>
        <translation>
            <numerusform>%1 · %n produkt</numerusform>
            <numerusform>%1 · %n produkty</numerusform>
            <numerusform>%1 · %n produktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderListPanel</name>
    <message>
        <source>Order views</source>
        <translation>Widoki zamówień</translation>
    </message>
    <message>
        <source>Search order, store, title, tracking</source>
        <translation>Szukaj: zamówienie, sklep, nazwa, przesyłka</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Szukaj zamówień</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search all orders</source>
        <translation>Szukaj we wszystkich zamówieniach</translation>
    </message>
    <message>
        <source>No orders match “%1”.</source>
        <translation>Brak zamówień pasujących do „%1”.</translation>
    </message>
    <message>
        <source>No orders in %1 match “%2”.</source>
        <translation>Brak zamówień w widoku %1 pasujących do „%2”.</translation>
    </message>
    <message numerus="yes">
        <source>Other views hold %n matching order(s).</source>
        <translation>
            <numerusform>W innych widokach jest %n pasujące zamówienie.</numerusform>
            <numerusform>W innych widokach są %n pasujące zamówienia.</numerusform>
            <numerusform>W innych widokach jest %n pasujących zamówień.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nic nie wymaga Twojej uwagi.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Kosz jest pusty.</translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation>Brak zamówień w widoku %1.</translation>
    </message>
</context>
<context>
    <name>OrderNumber</name>
    <message>
        <source>Enter the order number.</source>
        <translation>Wpisz numer zamówienia.</translation>
    </message>
    <message>
        <source>The number contains a line break, a tab or another invisible character.</source>
        <translation>Numer zawiera znak nowego wiersza, tabulator lub inny niewidoczny znak.</translation>
    </message>
    <message>
        <source>The number contains a space: copy the number alone.</source>
        <translation>Numer zawiera spację: skopiuj sam numer.</translation>
    </message>
    <message>
        <source>An order number can&apos;t contain / or \ or ..</source>
        <translation>Numer zamówienia nie może zawierać / ani \ ani ..</translation>
    </message>
    <message>
        <source>An order number has only letters, digits, - and _; this one has “%1”.</source>
        <translation>Numer zamówienia zawiera tylko litery, cyfry, - i _; ten zawiera „%1”.</translation>
    </message>
    <message>
        <source>Not an AliExpress order number (those have %1 to %2 digits); fine if it is from another shop.</source>
        <translation>To nie jest numer zamówienia AliExpress (te mają od %1 do %2 cyfr); to nic, jeśli pochodzi z innego sklepu.</translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>%1 (no room at this width)</source>
        <translation>%1 (brak miejsca przy tej szerokości)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Time left until the order&apos;s next deadline</source>
        <translation>Czas do najbliższego terminu zamówienia</translation>
    </message>
</context>
<context>
    <name>PasteOrderDialog</name>
    <message>
        <source>Add an order from its page</source>
        <translation>Dodaj zamówienie z jego strony</translation>
    </message>
    <message>
        <source>Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. What is recognized shows on the right; check it and fill in what is missing.</source>
        <translation>Otwórz zamówienie na AliExpress, zaznacz całą stronę (Ctrl+A), skopiuj ją i wklej tutaj. Rozpoznane dane pojawią się po prawej; sprawdź je i uzupełnij brakujące.</translation>
    </message>
    <message>
        <source>Paste the order page here</source>
        <translation>Wklej tutaj stronę zamówienia</translation>
    </message>
    <message>
        <source>Pasted order page text</source>
        <translation>Wklejony tekst strony zamówienia</translation>
    </message>
    <message>
        <source>What was recognized</source>
        <translation>Co rozpoznano</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Rozpoznano</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Czego jeszcze brakuje</translation>
    </message>
    <message>
        <source>&amp;Add order</source>
        <translation>Dod&amp;aj zamówienie</translation>
    </message>
    <message>
        <source>Add the order</source>
        <translation>Dodaj zamówienie</translation>
    </message>
    <message>
        <source>Timer on the page: %1</source>
        <translation>Licznik na stronie: %1</translation>
    </message>
    <message>
        <source>Payment method on the page: %1</source>
        <translation>Metoda płatności na stronie: %1</translation>
    </message>
    <message>
        <source>Nothing recognized yet.</source>
        <translation>Jeszcze nic nie rozpoznano.</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numer zamówienia</translation>
    </message>
    <message>
        <source>store</source>
        <translation>sklep</translation>
    </message>
    <message>
        <source>title</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>total</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>data zamówienia</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Brakuje jeszcze: %1</translation>
    </message>
</context>
<context>
    <name>PastedFields</name>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Numer zamówienia:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Sklep:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Na&amp;zwa:</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>Su&amp;ma:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wal&amp;uta:</translation>
    </message>
    <message>
        <source>Or&amp;dered on:</source>
        <translation>&amp;Data zamówienia:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>Data &amp;płatności:</translation>
    </message>
    <message>
        <source>Trac&amp;king number:</source>
        <translation>Numer przesył&amp;ki:</translation>
    </message>
    <message>
        <source>Carr&amp;ier:</source>
        <translation>P&amp;rzewoźnik:</translation>
    </message>
    <message>
        <source>the store&apos;s name</source>
        <translation>nazwa sklepu</translation>
    </message>
    <message>
        <source>what you bought</source>
        <translation>co kupiono</translation>
    </message>
    <message>
        <source>not paid yet, or not shown</source>
        <translation>jeszcze nie zapłacono lub nie pokazano</translation>
    </message>
    <message>
        <source>not shipped yet, or not shown</source>
        <translation>jeszcze nie wysłano lub nie pokazano</translation>
    </message>
    <message>
        <source>Status on the page</source>
        <translation>Status na stronie</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation>Brak odliczania</translation>
    </message>
    <message>
        <source>Buyer protection ends (delivery confirmation)</source>
        <translation>Koniec ochrony kupującego (potwierdzenie odbioru)</translation>
    </message>
    <message>
        <source>The seller must ship by</source>
        <translation>Sprzedawca musi wysłać do</translation>
    </message>
    <message>
        <source>What the countdown counts down to</source>
        <translation>Do czego odlicza licznik</translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation>Odliczanie na stronie zamówienia</translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation>&amp;Odliczanie:</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nie pokazano</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metoda płatności</translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation>M&amp;etoda płatności:</translation>
    </message>
    <message>
        <source>Processing time in days</source>
        <translation>Czas realizacji w dniach</translation>
    </message>
    <message>
        <source>Processin&amp;g time:</source>
        <translation>&amp;Czas realizacji:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nie pokazano</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
</context>
<context>
    <name>ProcessingTimeField</name>
    <message>
        <source>Not known</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>W dniach</translation>
    </message>
    <message>
        <source>Ship-by countdown on the order page</source>
        <translation>Odliczanie do wysyłki na stronie zamówienia</translation>
    </message>
    <message>
        <source>Processing time is given as</source>
        <translation>Sposób podania czasu realizacji</translation>
    </message>
    <message>
        <source>Processing days</source>
        <translation>Dni realizacji</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Odliczanie do wysyłki</translation>
    </message>
    <message>
        <source>Enter the ship-by countdown, or choose another way to give the processing time.</source>
        <translation>Wpisz odliczanie do wysyłki albo wybierz inny sposób podania czasu realizacji.</translation>
    </message>
</context>
<context>
    <name>ProtectionField</name>
    <message>
        <source>Protection given as</source>
        <translation>Sposób podania ochrony</translation>
    </message>
    <message>
        <source>Protection countdown</source>
        <translation>Odliczanie ochrony</translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now, not from when it happened.</source>
        <translation>Tak, jak teraz pokazuje strona zamówienia; liczone od teraz, a nie od chwili zdarzenia.</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Koniec ochrony</translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation>Przedłużenie w dniach</translation>
    </message>
    <message>
        <source>Enter the countdown the order page shows.</source>
        <translation>Wpisz odliczanie widoczne na stronie zamówienia.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>“%1” is not a rate (try %2).</source>
        <translation>„%1” nie jest kursem (spróbuj %2).</translation>
    </message>
    <message>
        <source>A rate must be a positive number.</source>
        <translation>Kurs musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <source>Statistics show money per currency and never add currencies together. If you enter rates to a home currency here, they also show an estimated total in it, marked as converted. A rate applies from its date until the next one; nothing is fetched online. Changes here are saved as soon as you make them.</source>
        <translation>Statystyki pokazują kwoty osobno dla każdej waluty i nigdy nie sumują różnych walut. Jeśli wpiszesz tu kursy względem waluty głównej, pokażą też szacunkową sumę w tej walucie, oznaczoną jako przeliczona. Kurs obowiązuje od swojej daty do następnego; nic nie jest pobierane z internetu. Zmiany są zapisywane od razu.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Waluta główna</translation>
    </message>
    <message>
        <source>None (no converted totals)</source>
        <translation>Brak (bez przeliczonych sum)</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kursy walut</translation>
    </message>
    <message>
        <source>Currency of the new rate</source>
        <translation>Waluta nowego kursu</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Rate: home currency units for one unit</source>
        <translation>Kurs: jednostki waluty głównej za jedną jednostkę</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Dodaj kurs</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Usuń kurs</translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation>Waluta &amp;główna:</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Choose a home currency to enter rates.</source>
        <translation>Wybierz walutę główną, aby wpisać kursy.</translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation>Zapisano: 1 %1 = %2 %3 od %4.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Usunięto.</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Co poszło nie tak?</translation>
    </message>
    <message>
        <source>Order %1 from %2: %3.</source>
        <translation>Zamówienie %1 ze sklepu %2: %3.</translation>
    </message>
    <message>
        <source>Did the parcel arrive?</source>
        <translation>Czy przesyłka dotarła?</translation>
    </message>
    <message>
        <source>No, I &amp;haven&apos;t received it</source>
        <translation>&amp;Nie, przesyłka nie dotarła</translation>
    </message>
    <message>
        <source>&amp;Yes, but something is wrong with it</source>
        <translation>&amp;Tak, ale coś jest z nią nie tak</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Nie dotarła</translation>
    </message>
    <message>
        <source>Received with a problem</source>
        <translation>Dotarła z problemem</translation>
    </message>
    <message>
        <source>What exactly?</source>
        <translation>Co dokładnie?</translation>
    </message>
    <message>
        <source>Which item is it about?</source>
        <translation>Którego produktu to dotyczy?</translation>
    </message>
    <message>
        <source>The &amp;whole order (the same dispute for every item)</source>
        <translation>&amp;Całe zamówienie (ten sam spór dla każdego produktu)</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Całe zamówienie</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Produkt %1: %2</translation>
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
        <translation>O co prosisz?</translation>
    </message>
    <message>
        <source>The order total is %1.</source>
        <translation>Suma zamówienia: %1.</translation>
    </message>
    <message>
        <source>&amp;Full refund: %1</source>
        <translation>&amp;Pełny zwrot pieniędzy: %1</translation>
    </message>
    <message>
        <source>&amp;Partial refund:</source>
        <translation>&amp;Częściowy zwrot pieniędzy:</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Kwota w %1</translation>
    </message>
    <message>
        <source>Partial refund amount in %1</source>
        <translation>Kwota częściowego zwrotu w %1</translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation>Problem z kwotą</translation>
    </message>
    <message>
        <source>&amp;Return the item (for a full refund)</source>
        <translation>&amp;Odeślij produkt (przy pełnym zwrocie pieniędzy)</translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation>Odeślij produkt</translation>
    </message>
    <message>
        <source>Usual outcome</source>
        <translation>Zwykły wynik</translation>
    </message>
    <message>
        <source>Item %1 cost %2.</source>
        <translation>Produkt %1 kosztował %2.</translation>
    </message>
    <message>
        <source>Usually: a full refund.</source>
        <translation>Zwykle: pełny zwrot pieniędzy.</translation>
    </message>
    <message>
        <source>Usually: a partial refund while you keep the item, or a full refund if you send it back.</source>
        <translation>Zwykle: częściowy zwrot pieniędzy, jeśli zatrzymujesz produkt, albo pełny zwrot, jeśli go odeślesz.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation>To więcej niż suma zamówienia (%1).</translation>
    </message>
    <message>
        <source>That is more than the item cost, %1.</source>
        <translation>To więcej niż cena produktu (%1).</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Dispute Desk is still running</source>
        <translation>Dispute Desk nadal działa</translation>
    </message>
    <message>
        <source>It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray&apos;s menu.</source>
        <translation>Nadal przypomina o terminach z zasobnika systemowego. Aby zakończyć, wybierz „Zakończ” w menu ikony w zasobniku.</translation>
    </message>
    <message>
        <source>%1: order %2</source>
        <translation>%1: zamówienie %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Open Dispute Desk</source>
        <translation>&amp;Otwórz Dispute Desk</translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Wstrzymaj przypomnienia na 1 &amp;godzinę</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Wstrzymaj przypomnienia do &amp;jutra</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>&amp;Wznów przypomnienia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message numerus="yes">
        <source>Dispute Desk: %n order(s) needing attention</source>
        <translation>
            <numerusform>Dispute Desk: %n zamówienie wymaga uwagi</numerusform>
            <numerusform>Dispute Desk: %n zamówienia wymagają uwagi</numerusform>
            <numerusform>Dispute Desk: %n zamówień wymaga uwagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation>Dispute Desk</translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation>Przypomnienia wstrzymane do %1</translation>
    </message>
    <message>
        <source>%1 – %2 in %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>No deadline within a week</source>
        <translation>Brak terminów w ciągu tygodnia</translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation>&amp;Wznów przypomnienia (wstrzymane do %1)</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Remind me of deadlines with desktop &amp;notifications</source>
        <translation>Przypominaj o terminach za pomocą &amp;powiadomień na pulpicie</translation>
    </message>
    <message>
        <source>Remind me this long before a deadline</source>
        <translation>Z takim wyprzedzeniem przypominaj o terminie</translation>
    </message>
    <message>
        <source>Durations such as 7d, 48h, 90m, separated by commas</source>
        <translation>Czasy, np. 7d, 48h, 90m, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Each deadline is reminded once at each of these times before it. When several have passed at once (the computer was off), only the shortest is sent.</source>
        <translation>O każdym terminie przypomnienie pojawia się raz w każdym z tych momentów przed nim. Jeśli kilka z nich minęło naraz (komputer był wyłączony), wysyłane jest tylko najkrótsze.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>&amp;Godziny ciszy od</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Początek godzin ciszy</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Koniec godzin ciszy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Reminders wait until quiet hours end, unless a deadline would pass before.</source>
        <translation>Przypomnienia czekają do końca godzin ciszy, chyba że termin minąłby wcześniej.</translation>
    </message>
    <message>
        <source>Remind me &amp;before a deadline:</source>
        <translation>Przypominaj przed &amp;terminem:</translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation>Zasobnik i logowanie</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Działaj w &amp;zasobniku po zamknięciu okna</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons.</source>
        <translation>Ten pulpit nie wyświetla ikon w zasobniku.</translation>
    </message>
    <message>
        <source>Start Dispute Desk when I &amp;log in (in the tray)</source>
        <translation>Uruchamiaj Dispute Desk po za&amp;logowaniu (w zasobniku)</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>Niedostępne w tym systemie.</translation>
    </message>
    <message>
        <source>While Dispute Desk is closed</source>
        <translation>Gdy Dispute Desk jest zamknięty</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, run this once in a command prompt:</source>
        <translation>Aby otrzymywać przypomnienia co 15 minut, gdy aplikacja jest zamknięta, uruchom raz w wierszu poleceń:</translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, add this line to your crontab (crontab -e):</source>
        <translation>Aby otrzymywać przypomnienia co 15 minut, gdy aplikacja jest zamknięta, dodaj ten wiersz do crontaba (crontab -e):</translation>
    </message>
    <message>
        <source>The line to install</source>
        <translation>Wiersz do zainstalowania</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Kopiu&amp;j</translation>
    </message>
    <message>
        <source>Copy the line to install</source>
        <translation>Kopiuj wiersz do zainstalowania</translation>
    </message>
    <message>
        <source>Or let systemd run it:</source>
        <translation>Albo niech uruchamia to systemd:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Keep a calendar &amp;file of the deadlines for my calendar app</source>
        <translation>Prowadź plik kalendarza z terminami dla mojej aplikacji kalen&amp;darza</translation>
    </message>
    <message>
        <source>Subscribe to this file in your calendar app: it is rewritten whenever a deadline changes, with alarms at the times above.</source>
        <translation>Zasubskrybuj ten plik w aplikacji kalendarza: jest zapisywany na nowo przy każdej zmianie terminu, z alarmami w czasach podanych powyżej.</translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation>Plik kalendarza</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;iuj</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s location</source>
        <translation>Kopiuj lokalizację pliku kalendarza</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Wpis: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nie udało się zapisać: %1</translation>
    </message>
    <message>
        <source>Remove the systemd &amp;timer</source>
        <translation>Usuń tim&amp;er systemd</translation>
    </message>
    <message>
        <source>Install a systemd &amp;timer</source>
        <translation>Zainstaluj tim&amp;er systemd</translation>
    </message>
    <message>
        <source>Installed: systemd runs the reminders every 15 minutes (%1).</source>
        <translation>Zainstalowano: systemd uruchamia przypomnienia co 15 minut (%1).</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nie zainstalowano.</translation>
    </message>
    <message>
        <source>systemd refused: %1</source>
        <translation>systemd odmówił: %1</translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <source>Order %1 · %2 · due %3</source>
        <translation>Zamówienie %1 · %2 · termin %3</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation>Otwórz zamówienie %1</translation>
    </message>
    <message>
        <source>Show order %1 in the main window</source>
        <translation>Pokaż zamówienie %1 w oknie głównym</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are looking at sample orders. They are made up and marked as such.</source>
        <translation>Oglądasz przykładowe zamówienia. Są fikcyjne i tak oznaczone.</translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation>Usuń przykładowe zamówienia</translation>
    </message>
</context>
<context>
    <name>SampleOrders</name>
    <message>
        <source>Remove sample orders</source>
        <translation>Usuń przykładowe zamówienia</translation>
    </message>
    <message>
        <source>Remove every sample order? Your own orders stay.</source>
        <translation>Usunąć wszystkie przykładowe zamówienia? Twoje własne zamówienia zostaną.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Settings: deadline rules</source>
        <translation>Ustawienia: reguły terminów</translation>
    </message>
    <message>
        <source>Deadlines are worked out from these numbers. They come from the platform&apos;s rules, its help centre and buyers&apos; guides, and sources disagree: if your order page says otherwise, change the value here. Every order&apos;s deadlines are recalculated when you apply.</source>
        <translation>Terminy są wyliczane na podstawie tych liczb. Pochodzą one z regulaminu platformy, jej centrum pomocy i poradników dla kupujących, a źródła bywają sprzeczne: jeśli strona Twojego zamówienia podaje co innego, zmień tu wartość. Po zastosowaniu terminy wszystkich zamówień zostaną przeliczone.</translation>
    </message>
    <message>
        <source>Deadline &amp;rules</source>
        <translation>&amp;Reguły terminów</translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation>Przypo&amp;mnienia</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Kopie zapasowe</translation>
    </message>
    <message>
        <source>&amp;Currencies</source>
        <translation>&amp;Waluty</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Recalculating deadlines</source>
        <translation>Przeliczanie terminów</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Stan ustawień</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Zapisz i zamknij</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved; the rest were saved.</source>
        <translation>
            <numerusform>Nie udało się zapisać %n wartości; pozostałe zapisano.</numerusform>
            <numerusform>Nie udało się zapisać %n wartości; pozostałe zapisano.</numerusform>
            <numerusform>Nie udało się zapisać %n wartości; pozostałe zapisano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved.</source>
        <translation>
            <numerusform>Nie udało się zapisać %n wartości.</numerusform>
            <numerusform>Nie udało się zapisać %n wartości.</numerusform>
            <numerusform>Nie udało się zapisać %n wartości.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every order&apos;s deadlines were recalculated.</source>
        <translation>Zapisano. Terminy wszystkich zamówień zostały przeliczone.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nie udało się zapisać: %1</translation>
    </message>
    <message>
        <source>Recalculating the deadlines of every order…</source>
        <translation>Przeliczanie terminów wszystkich zamówień…</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>strefa czasowa tego komputera</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Źródła się różnią:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(używane)</translation>
    </message>
    <message>
        <source>Source in use: %1</source>
        <translation>Używane źródło: %1</translation>
    </message>
    <message>
        <source>Other source: %1</source>
        <translation>Inne źródło: %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>h</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>dni roboczych</translation>
    </message>
    <message>
        <source>official</source>
        <translation>oficjalne</translation>
    </message>
    <message>
        <source>Published by the platform in its rules.</source>
        <translation>Opublikowane przez platformę w jej regulaminie.</translation>
    </message>
    <message>
        <source>help centre</source>
        <translation>centrum pomocy</translation>
    </message>
    <message>
        <source>Copied from the platform&apos;s help centre or its support answers.</source>
        <translation>Skopiowane z centrum pomocy platformy lub z odpowiedzi jej obsługi klienta.</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>poradnik</translation>
    </message>
    <message>
        <source>From a buyer&apos;s guide or forum; not confirmed by the platform.</source>
        <translation>Z poradnika dla kupujących lub forum; niepotwierdzone przez platformę.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzina</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n dzień roboczy</numerusform>
            <numerusform>%n dni robocze</numerusform>
            <numerusform>%n dni roboczych</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>maks. %1</translation>
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
        <translation>Tak</translation>
    </message>
    <message>
        <source>%1, at least</source>
        <translation>%1, co najmniej</translation>
    </message>
    <message>
        <source>%1, at most</source>
        <translation>%1, co najwyżej</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation>Przywróć domyślną wartość: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Domyślnie: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Source (%2): %1</source>
        <translation>Źródło (%2): %1</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Wiarygodność: %1</translation>
    </message>
    <message>
        <source>✎ Changed (default: %1)</source>
        <translation>✎ Zmieniono (domyślnie: %1)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtruj według działania lub klawisza</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dispute Desk is already open with the data folder {folder}, but it does not answer.

Switch to it, or close it (if it hangs, end it in your system&apos;s task manager) and start Dispute Desk again.</source>
        <translation>Dispute Desk jest już otwarty z folderem danych {folder}, ale nie odpowiada.

Przełącz się do niego albo go zamknij (jeśli się zawiesił, zakończ go w menedżerze zadań systemu) i uruchom Dispute Desk ponownie.</translation>
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
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Check that this is the order you want to cancel, then say why.</source>
        <translation>Sprawdź, czy to zamówienie chcesz anulować, a potem podaj powód.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation>Nie chcę już tego zamówienia</translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation>Jest taniej gdzie indziej</translation>
    </message>
    <message>
        <source>The seller is out of stock</source>
        <translation>Sprzedawca nie ma produktu na stanie</translation>
    </message>
    <message>
        <source>The seller raised the price</source>
        <translation>Sprzedawca podniósł cenę</translation>
    </message>
    <message>
        <source>The seller asked me to cancel</source>
        <translation>Sprzedawca poprosił o anulowanie</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <source>Why do you want to cancel?</source>
        <translation>Dlaczego chcesz anulować?</translation>
    </message>
    <message>
        <source>Choose a reason to see what to do.</source>
        <translation>Wybierz powód, aby zobaczyć, co zrobić.</translation>
    </message>
</context>
<context>
    <name>StartupReportDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Podczas Twojej nieobecności</translation>
    </message>
    <message>
        <source>Something was left unfinished when Dispute Desk last stopped.</source>
        <translation>Przy ostatnim zatrzymaniu Dispute Desk coś pozostało nieukończone.</translation>
    </message>
    <message>
        <source>Since you last opened Dispute Desk (%1), these deadlines passed or came close.</source>
        <translation>Od ostatniego uruchomienia Dispute Desk (%1) te terminy minęły lub się zbliżyły.</translation>
    </message>
    <message>
        <source>These deadlines passed or came close.</source>
        <translation>Te terminy minęły lub się zbliżyły.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue while you were away (%n)</source>
        <translation>
            <numerusform>Po terminie podczas Twojej nieobecności (%n)</numerusform>
            <numerusform>Po terminie podczas Twojej nieobecności (%n)</numerusform>
            <numerusform>Po terminie podczas Twojej nieobecności (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 48 hours (%n)</source>
        <translation>
            <numerusform>Termin w ciągu 48 godzin (%n)</numerusform>
            <numerusform>Termin w ciągu 48 godzin (%n)</numerusform>
            <numerusform>Termin w ciągu 48 godzin (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Zamknij raport</translation>
    </message>
    <message>
        <source>The import of %1 started %2 was stopped before it finished. Nothing of it was saved: import the file again.</source>
        <translation>Import %1 rozpoczęty %2 został przerwany przed zakończeniem. Nic z niego nie zapisano: zaimportuj plik ponownie.</translation>
    </message>
    <message>
        <source>The restore from %1 started %2 was stopped before it finished. The data is either as it was before or the whole backup, never a mix: check the list, and restore again if it is not what you expect.</source>
        <translation>Przywracanie z %1 rozpoczęte %2 zostało przerwane przed zakończeniem. Dane są albo takie jak wcześniej, albo w całości z kopii zapasowej, nigdy pomieszane: sprawdź listę i przywróć ponownie, jeśli nie jest taka, jak oczekujesz.</translation>
    </message>
    <message>
        <source>An upgrade of the data (%1) started %2 was stopped; it was made again when the app started, from the copy kept in the backups folder.</source>
        <translation>Aktualizacja danych (%1) rozpoczęta %2 została przerwana; przeprowadzono ją ponownie przy uruchomieniu aplikacji, z kopii zachowanej w folderze kopii zapasowych.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>pliku</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the “Needs attention” view.</source>
        <translation>
            <numerusform>…i jeszcze %n: zob. widok „Wymaga uwagi”.</numerusform>
            <numerusform>…i jeszcze %n: zob. widok „Wymaga uwagi”.</numerusform>
            <numerusform>…i jeszcze %n: zob. widok „Wymaga uwagi”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Currency of the money charts</source>
        <translation>Waluta wykresów kwot</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Wszystkie waluty</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Podsumowanie okresu</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wal&amp;uta:</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>Wydatki miesięczne</translation>
    </message>
    <message>
        <source>Money disputed and recovered</source>
        <translation>Kwoty w sporach i odzyskane</translation>
    </message>
    <message>
        <source>Disputes by reason and outcome</source>
        <translation>Spory według powodu i wyniku</translation>
    </message>
    <message>
        <source>Delivery time (days)</source>
        <translation>Czas dostawy (dni)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) paid, %1 spent; %2 refunded.</source>
        <translation>
            <numerusform>%n opłacone zamówienie, wydano: %1; zwrócono: %2.</numerusform>
            <numerusform>%n opłacone zamówienia, wydano: %1; zwrócono: %2.</numerusform>
            <numerusform>%n opłaconych zamówień, wydano: %1; zwrócono: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened: %1 won, %2 lost, %3 open, %4 cancelled.</source>
        <translation>
            <numerusform>Otwarto %n spór: wygrane: %1, przegrane: %2, otwarte: %3, anulowane: %4.</numerusform>
            <numerusform>Otwarto %n spory: wygrane: %1, przegrane: %2, otwarte: %3, anulowane: %4.</numerusform>
            <numerusform>Otwarto %n sporów: wygrane: %1, przegrane: %2, otwarte: %3, anulowane: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Deadline summary</source>
        <translation>Podsumowanie terminów</translation>
    </message>
    <message>
        <source>Nothing overdue or due within 48 hours</source>
        <translation>Nic po terminie ani z terminem w ciągu 48 godzin</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) overdue or due within 48 hours · at risk: %1</source>
        <translation>
            <numerusform>%n zamówienie po terminie lub z terminem w ciągu 48 godzin · zagrożona kwota: %1</numerusform>
            <numerusform>%n zamówienia po terminie lub z terminem w ciągu 48 godzin · zagrożona kwota: %1</numerusform>
            <numerusform>%n zamówień po terminie lub z terminem w ciągu 48 godzin · zagrożona kwota: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWarning</name>
    <message>
        <source>Store warning</source>
        <translation>Ostrzeżenie o sklepie</translation>
    </message>
</context>
<context>
    <name>StoresView</name>
    <message>
        <source>Filter stores by name</source>
        <translation>Filtruj sklepy według nazwy</translation>
    </message>
    <message>
        <source>Filter stores</source>
        <translation>Filtruj sklepy</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>Edytuj &amp;notatkę</translation>
    </message>
    <message>
        <source>Edit the note of the selected store</source>
        <translation>Edytuj notatkę wybranego sklepu</translation>
    </message>
    <message>
        <source>&amp;Avoid this store</source>
        <translation>&amp;Unikaj tego sklepu</translation>
    </message>
    <message>
        <source>Mark the selected store as one to avoid</source>
        <translation>Oznacz wybrany sklep jako do unikania</translation>
    </message>
    <message>
        <source>Show &amp;orders</source>
        <translation>Pokaż &amp;zamówienia</translation>
    </message>
    <message>
        <source>Show the orders of the selected store</source>
        <translation>Pokaż zamówienia wybranego sklepu</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <source>Reading the stores…</source>
        <translation>Wczytywanie sklepów…</translation>
    </message>
    <message numerus="yes">
        <source>%n store(s).</source>
        <translation>
            <numerusform>%n sklep.</numerusform>
            <numerusform>%n sklepy.</numerusform>
            <numerusform>%n sklepów.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Brak zamówień.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>The dispute text</source>
        <translation>Tekst sporu</translation>
    </message>
    <message>
        <source>Fill in the […] parts, then paste it into the dispute form.</source>
        <translation>Uzupełnij fragmenty w […], a potem wklej tekst w formularz sporu.</translation>
    </message>
    <message>
        <source>Dispute text</source>
        <translation>Tekst sporu</translation>
    </message>
    <message>
        <source>Copied. Paste it into the dispute form.</source>
        <translation>Skopiowano. Wklej to w formularz sporu.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ostrzeżenia</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Jeszcze nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Dispute Desk user guide</source>
        <translation>Podręcznik użytkownika Dispute Desk</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Otwórz w &amp;przeglądarce</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation>Dla tego zamówienia i Twojego powodu, na chwilę obecną.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena sytuacji</translation>
    </message>
    <message>
        <source>The wait is over: press Back, then Next, to see what to do now.</source>
        <translation>Czas oczekiwania minął: naciśnij „Wstecz”, a potem „Dalej”, aby zobaczyć, co teraz zrobić.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>&amp;Ship-by countdown on the order page:</source>
        <translation>&amp;Odliczanie do wysyłki na stronie zamówienia:</translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation>Odliczanie do wysyłki</translation>
    </message>
    <message>
        <source>Finish saves this ship-by time on the order.</source>
        <translation>„Zakończ” zapisze ten termin wysyłki w zamówieniu.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Until the unpaid order closes by itself</source>
        <translation>Do automatycznego zamknięcia nieopłaconego zamówienia</translation>
    </message>
    <message>
        <source>Until the payment check ends and cancelling becomes possible</source>
        <translation>Do końca weryfikacji płatności, gdy anulowanie stanie się możliwe</translation>
    </message>
    <message>
        <source>Until the seller&apos;s time to ship runs out</source>
        <translation>Do upływu czasu sprzedawcy na wysyłkę</translation>
    </message>
    <message>
        <source>Until the request is approved automatically if the seller stays silent</source>
        <translation>Do automatycznego zatwierdzenia prośby, jeśli sprzedawca nie odpowie</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>termin wysyłki sprzedawcy (odliczanie czasu realizacji na stronie zamówienia)</translation>
    </message>
    <message>
        <source>when you paid</source>
        <translation>czas płatności</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it: type the countdown the order page shows below, or leave it empty.</source>
        <translation>Nieznany: %1. Porada tego nie zgaduje: wpisz poniżej odliczanie widoczne na stronie zamówienia albo zostaw puste.</translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it, so check the order page.</source>
        <translation>Nieznany: %1. Porada tego nie zgaduje, więc sprawdź stronę zamówienia.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>pokaż numer wersji programu i zakończ</translation>
    </message>
    <message>
        <source>argument {option}: {problem}</source>
        <translation>argument {option}: {problem}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>wymagane są następujące argumenty: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>wymagany jest jeden z argumentów {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>nierozpoznane argumenty: {arguments}</translation>
    </message>
    <message>
        <source>not allowed with argument {option}</source>
        <translation>niedozwolony razem z argumentem {option}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednego argumentu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>nieprawidłowy wybór: {value} (dostępne: {choices})</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>niejednoznaczna opcja: {option} może oznaczać {matches}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>{path} is a folder; choose a file name for the backup</source>
        <translation>{path} to folder; wybierz nazwę pliku kopii zapasowej</translation>
    </message>
    <message>
        <source>{path} is part of the data being backed up; choose another file</source>
        <translation>{path} należy do danych, z których tworzona jest kopia; wybierz inny plik</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>folder {path} nie istnieje</translation>
    </message>
    <message>
        <source>there is no data to back up in {path}</source>
        <translation>w {path} nie ma danych do skopiowania</translation>
    </message>
    <message>
        <source>can&apos;t find a free name for the backup in {path}</source>
        <translation>nie można znaleźć wolnej nazwy dla kopii zapasowej w {path}</translation>
    </message>
    <message>
        <source>not enough free disk space for the backup: the disk holding {path} has {free} free and the backup needs about {needed}; free some space and try again</source>
        <translation>za mało wolnego miejsca na kopię zapasową: na dysku z {path} jest wolne {free}, a kopia potrzebuje około {needed}; zwolnij trochę miejsca i spróbuj ponownie</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name (a backup never overwrites a file)</source>
        <translation>{path} już istnieje; wybierz inną nazwę (kopia zapasowa nigdy nie nadpisuje pliku)</translation>
    </message>
    <message>
        <source>{file} is not a file</source>
        <translation>{file} nie jest plikiem</translation>
    </message>
    <message>
        <source>{file} is not a readable zip archive ({reason})</source>
        <translation>{file} nie jest czytelnym archiwum zip ({reason})</translation>
    </message>
    <message>
        <source>{file} holds {count} files, more than a backup can ({max_members})</source>
        <translation>{file} zawiera więcej plików ({count}), niż może mieć kopia zapasowa ({max_members})</translation>
    </message>
    <message>
        <source>{file} has no {manifest}; it is not a Dispute Desk backup</source>
        <translation>{file} nie zawiera pliku {manifest}; to nie jest kopia zapasowa Dispute Desk</translation>
    </message>
    <message>
        <source>{file}: the member name {name} is not a plain path</source>
        <translation>{file}: nazwa elementu {name} nie jest zwykłą ścieżką</translation>
    </message>
    <message>
        <source>{file}: {name} is a symbolic link; a backup holds only plain files</source>
        <translation>{file}: {name} to dowiązanie symboliczne; kopia zapasowa zawiera tylko zwykłe pliki</translation>
    </message>
    <message>
        <source>{file}: {name} is not a plain file</source>
        <translation>{file}: {name} nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <source>{file}: unexpected file {name} (not part of a Dispute Desk backup)</source>
        <translation>{file}: nieoczekiwany plik {name} (nie należy do kopii zapasowej Dispute Desk)</translation>
    </message>
    <message>
        <source>{file}: {name} appears twice</source>
        <translation>{file}: {name} występuje dwukrotnie</translation>
    </message>
    <message>
        <source>{file}: {name} is encrypted</source>
        <translation>{file}: element {name} jest zaszyfrowany</translation>
    </message>
    <message>
        <source>{file}: {name} uses an unsupported compression method</source>
        <translation>{file}: element {name} używa nieobsługiwanej metody kompresji</translation>
    </message>
    <message>
        <source>{file}: {name} would expand more than {max_ratio} times (a zip bomb?); not restoring it</source>
        <translation>{file}: element {name} po rozpakowaniu byłby ponad {max_ratio} razy większy (bomba zip?); nie zostanie przywrócony</translation>
    </message>
    <message>
        <source>{file} would unpack to {total} bytes, more than the {max_total} a backup may hold</source>
        <translation>archiwum {file} po rozpakowaniu zajęłoby {total} bajtów, więcej niż limit kopii zapasowej ({max_total})</translation>
    </message>
    <message>
        <source>{file}: {name} is an absolute path; a backup holds only relative names</source>
        <translation>{file}: {name} to ścieżka bezwzględna; kopia zapasowa zawiera tylko nazwy względne</translation>
    </message>
    <message>
        <source>{file}: {name} points outside the data folder (&apos;..&apos;)</source>
        <translation>{file}: {name} wskazuje poza folder danych (&apos;..&apos;)</translation>
    </message>
    <message>
        <source>{file}: {manifest} is too large</source>
        <translation>{file}: plik {manifest} jest za duży</translation>
    </message>
    <message>
        <source>{file}: {manifest} can&apos;t be read ({reason})</source>
        <translation>{file}: nie można odczytać pliku {manifest} ({reason})</translation>
    </message>
    <message>
        <source>{file}: the manifest lists no database</source>
        <translation>{file}: manifest nie wymienia żadnej bazy danych</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (missing {names})</source>
        <translation>{file} nie zgadza się ze swoim manifestem (brakuje: {names})</translation>
    </message>
    <message>
        <source>{file} does not match its manifest (not in the manifest: {names})</source>
        <translation>{file} nie zgadza się ze swoim manifestem (brak w manifeście: {names})</translation>
    </message>
    <message>
        <source>{file}: {name} has another size than the manifest says</source>
        <translation>{file}: element {name} ma inny rozmiar, niż podaje manifest</translation>
    </message>
    <message>
        <source>{file}: {name} is longer than the manifest says</source>
        <translation>{file}: element {name} jest dłuższy, niż podaje manifest</translation>
    </message>
    <message>
        <source>{file}: {name} can&apos;t be read; the archive is damaged ({reason})</source>
        <translation>{file}: nie można odczytać elementu {name}; archiwum jest uszkodzone ({reason})</translation>
    </message>
    <message>
        <source>{file}: {name} is shorter than the manifest says; the archive is damaged</source>
        <translation>{file}: element {name} jest krótszy, niż podaje manifest; archiwum jest uszkodzone</translation>
    </message>
    <message>
        <source>{file}: {name} does not match its SHA-256 in the manifest; the archive is damaged</source>
        <translation>{file}: element {name} nie zgadza się z sumą SHA-256 z manifestu; archiwum jest uszkodzone</translation>
    </message>
    <message>
        <source>{file}: {manifest} is not valid ({what})</source>
        <translation>{file}: plik {manifest} jest nieprawidłowy ({what})</translation>
    </message>
    <message>
        <source>not a Dispute Desk backup manifest</source>
        <translation>to nie jest manifest kopii zapasowej Dispute Desk</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>brak wersji formatu</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (backup format {version}); update the app</source>
        <translation>{file} utworzono w nowszej wersji Dispute Desk (format kopii {version}); zaktualizuj aplikację</translation>
    </message>
    <message>
        <source>no {key}</source>
        <translation>brak {key}</translation>
    </message>
    <message>
        <source>unknown kind {kind}</source>
        <translation>nieznany rodzaj {kind}</translation>
    </message>
    <message>
        <source>created_at is not a time</source>
        <translation>created_at nie jest poprawnym czasem</translation>
    </message>
    <message>
        <source>no member list</source>
        <translation>brak listy elementów</translation>
    </message>
    <message>
        <source>a member entry is not an object</source>
        <translation>wpis elementu nie jest obiektem</translation>
    </message>
    <message>
        <source>member name {name}</source>
        <translation>nazwa elementu {name}</translation>
    </message>
    <message>
        <source>size of {name}</source>
        <translation>rozmiar elementu {name}</translation>
    </message>
    <message>
        <source>hash of {name}</source>
        <translation>skrót elementu {name}</translation>
    </message>
    <message>
        <source>{file}: {name} holds other content than its name says</source>
        <translation>{file}: zawartość elementu {name} nie zgadza się z jego nazwą</translation>
    </message>
    <message>
        <source>the number of daily backups to keep must be a whole number from 0 to 1000</source>
        <translation>liczba zachowywanych kopii dziennych musi być liczbą całkowitą od 0 do 1000</translation>
    </message>
    <message>
        <source>the number of weekly backups to keep must be a whole number from 0 to 1000</source>
        <translation>liczba zachowywanych kopii tygodniowych musi być liczbą całkowitą od 0 do 1000</translation>
    </message>
    <message>
        <source>the number of monthly backups to keep must be a whole number from 0 to 1000</source>
        <translation>liczba zachowywanych kopii miesięcznych musi być liczbą całkowitą od 0 do 1000</translation>
    </message>
    <message>
        <source>keep at least one automatic backup (daily, weekly or monthly)</source>
        <translation>zachowaj co najmniej jedną kopię automatyczną (dzienną, tygodniową lub miesięczną)</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged or not a Dispute Desk file ({reason})</source>
        <translation>{file}: baza danych w tej kopii jest uszkodzona lub nie jest plikiem Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it holds no data</source>
        <translation>{file}: baza danych w tej kopii nie zawiera danych</translation>
    </message>
    <message>
        <source>{file} was made by a newer Dispute Desk (schema {revision}); update the app to restore it</source>
        <translation>{file} utworzono w nowszej wersji Dispute Desk (schemat {revision}); zaktualizuj aplikację, aby przywrócić tę kopię</translation>
    </message>
    <message>
        <source>{file}: the database in it can&apos;t be upgraded ({reason})</source>
        <translation>{file}: nie można zaktualizować bazy danych w tej kopii ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it is damaged ({reason})</source>
        <translation>{file}: baza danych w tej kopii jest uszkodzona ({reason})</translation>
    </message>
    <message>
        <source>{file}: the database in it fails its check ({problems})</source>
        <translation>{file}: baza danych w tej kopii nie przeszła kontroli ({problems})</translation>
    </message>
    <message>
        <source>not enough free disk space to restore {file}: {needed} MB needed, {free} MB free</source>
        <translation>za mało wolnego miejsca na dysku, aby przywrócić {file}: potrzeba {needed} MB, wolne {free} MB</translation>
    </message>
    <message>
        <source>the data is in use by another Dispute Desk window or command; close it and try again</source>
        <translation>dane są używane przez inne okno lub polecenie Dispute Desk; zamknij je i spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Unpaid order closes</source>
        <translation>Zamknięcie nieopłaconego zamówienia</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Koniec weryfikacji płatności</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Termin wysyłki</translation>
    </message>
    <message>
        <source>Cancellation approved automatically</source>
        <translation>Automatyczne zatwierdzenie anulowania</translation>
    </message>
    <message>
        <source>Ask for a protection extension</source>
        <translation>Poproś o przedłużenie ochrony</translation>
    </message>
    <message>
        <source>Buyer protection ends</source>
        <translation>Koniec ochrony kupującego</translation>
    </message>
    <message>
        <source>Not-received dispute can be opened</source>
        <translation>Można otworzyć spór o nieotrzymaną przesyłkę</translation>
    </message>
    <message>
        <source>Last day to open a dispute</source>
        <translation>Ostatni dzień na otwarcie sporu</translation>
    </message>
    <message>
        <source>Seller must answer the dispute</source>
        <translation>Termin odpowiedzi sprzedawcy w sporze</translation>
    </message>
    <message>
        <source>Dispute goes to the platform</source>
        <translation>Przekazanie sporu platformie</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Odeślij produkt</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Oczekiwany zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Last day for a PayPal dispute</source>
        <translation>Ostatni dzień na spór w PayPal</translation>
    </message>
    <message>
        <source>Last day for a chargeback</source>
        <translation>Ostatni dzień na chargeback</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Zamówienie {order}: {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Zamówienie {order}</translation>
    </message>
    <message>
        <source>{deadline}: order {order} ({store})</source>
        <translation>{deadline}: zamówienie {order} ({store})</translation>
    </message>
    <message>
        <source>{deadline}: order {order}</source>
        <translation>{deadline}: zamówienie {order}</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>Sklep: {store}</translation>
    </message>
    <message>
        <source>Due {time} (from the order page).</source>
        <translation>Termin: {time} (ze strony zamówienia).</translation>
    </message>
    <message>
        <source>Due {time} (estimated from the rules).</source>
        <translation>Termin: {time} (oszacowany według reguł).</translation>
    </message>
</context>
<context>
    <name>cancel</name>
    <message numerus="yes">
        <source>Nothing to do: the order isn&apos;t paid, so it closes by itself %n day(s) after it was placed, with no penalty.</source>
        <translation>
            <numerusform>Nic nie trzeba robić: zamówienie nie jest opłacone, więc zamknie się samo %n dzień po złożeniu, bez żadnych konsekwencji.</numerusform>
            <numerusform>Nic nie trzeba robić: zamówienie nie jest opłacone, więc zamknie się samo %n dni po złożeniu, bez żadnych konsekwencji.</numerusform>
            <numerusform>Nic nie trzeba robić: zamówienie nie jest opłacone, więc zamknie się samo %n dni po złożeniu, bez żadnych konsekwencji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t pay for it.</source>
        <translation>Nie płać za nie.</translation>
    </message>
    <message>
        <source>Ignore the seller&apos;s reminders to pay: an unpaid order costs you nothing.</source>
        <translation>Zignoruj przypomnienia sprzedawcy o płatności: nieopłacone zamówienie nic Cię nie kosztuje.</translation>
    </message>
    <message>
        <source>It closes by itself when the countdown ends.</source>
        <translation>Zamknie się samo po zakończeniu odliczania.</translation>
    </message>
    <message>
        <source>If you cancel it on the order page anyway, record that here.</source>
        <translation>Jeśli mimo to anulujesz je na stronie zamówienia, zapisz to tutaj.</translation>
    </message>
    <message numerus="yes">
        <source>Wait until the payment check ends (%n hour(s) after paying): the order can&apos;t be cancelled before then.</source>
        <translation>
            <numerusform>Poczekaj na koniec weryfikacji płatności (%n godzinę po zapłacie): wcześniej zamówienia nie można anulować.</numerusform>
            <numerusform>Poczekaj na koniec weryfikacji płatności (%n godziny po zapłacie): wcześniej zamówienia nie można anulować.</numerusform>
            <numerusform>Poczekaj na koniec weryfikacji płatności (%n godzin po zapłacie): wcześniej zamówienia nie można anulować.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then open this wizard again: the advice continues from there.</source>
        <translation>Potem otwórz ten kreator ponownie: porada będzie kontynuowana od tego miejsca.</translation>
    </message>
    <message>
        <source>Since the seller can&apos;t or won&apos;t ship, you will most likely just let the ship-by time run out: the order then closes by itself and the money comes back.</source>
        <translation>Skoro sprzedawca nie może lub nie chce wysłać zamówienia, najpewniej wystarczy poczekać, aż minie termin wysyłki: zamówienie zamknie się wtedy samo, a pieniądze wrócą.</translation>
    </message>
    <message>
        <source>Wait: the payment is still being checked, and the order can&apos;t be cancelled until the check ends.</source>
        <translation>Poczekaj: płatność jest jeszcze weryfikowana, a zamówienia nie można anulować przed końcem weryfikacji.</translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within %n business day(s)).</source>
        <translation>
            <numerusform>Nie anuluj zamówienia samodzielnie, nawet jeśli sprzedawca o to prosi: jeśli nie zostanie wysłane na czas, zamknie się samo, a pieniądze wrócą automatycznie (zwykle w ciągu %n dnia roboczego).</numerusform>
            <numerusform>Nie anuluj zamówienia samodzielnie, nawet jeśli sprzedawca o to prosi: jeśli nie zostanie wysłane na czas, zamknie się samo, a pieniądze wrócą automatycznie (zwykle w ciągu %n dni roboczych).</numerusform>
            <numerusform>Nie anuluj zamówienia samodzielnie, nawet jeśli sprzedawca o to prosi: jeśli nie zostanie wysłane na czas, zamknie się samo, a pieniądze wrócą automatycznie (zwykle w ciągu %n dni roboczych).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Don&apos;t cancel the order yourself, even if the seller asks: if it isn&apos;t shipped in time, it closes by itself and the money comes back automatically (usually within {low}–%n business day(s)).</source>
        <translation>
            <numerusform>Nie anuluj zamówienia samodzielnie, nawet jeśli sprzedawca o to prosi: jeśli nie zostanie wysłane na czas, zamknie się samo, a pieniądze wrócą automatycznie (zwykle w ciągu {low}–%n dnia roboczego).</numerusform>
            <numerusform>Nie anuluj zamówienia samodzielnie, nawet jeśli sprzedawca o to prosi: jeśli nie zostanie wysłane na czas, zamknie się samo, a pieniądze wrócą automatycznie (zwykle w ciągu {low}–%n dni roboczych).</numerusform>
            <numerusform>Nie anuluj zamówienia samodzielnie, nawet jeśli sprzedawca o to prosi: jeśli nie zostanie wysłane na czas, zamknie się samo, a pieniądze wrócą automatycznie (zwykle w ciągu {low}–%n dni roboczych).</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice} Sellers ask buyers to cancel so that the failure to ship doesn&apos;t count against the store; you don&apos;t have to.</source>
        <translation>{advice} Sprzedawcy proszą kupujących o anulowanie, aby niewysłanie zamówienia nie obciążyło sklepu; nie musisz tego robić.</translation>
    </message>
    <message>
        <source>Send the seller the drafted message, so they know what to expect.</source>
        <translation>Wyślij sprzedawcy przygotowaną wiadomość, aby wiedział, czego się spodziewać.</translation>
    </message>
    <message>
        <source>If the seller ships after all, record it here: the parcel is then on its way.</source>
        <translation>Jeśli sprzedawca jednak wyśle zamówienie, zapisz to tutaj: przesyłka będzie wtedy w drodze.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the seller&apos;s time to ship runs out, and the order closes and refunds itself. The ship-by time isn&apos;t known yet.</source>
        <translation>Lepiej nie anulować: poczekaj, aż minie czas sprzedawcy na wysyłkę, a zamówienie samo się zamknie i pieniądze wrócą. Termin wysyłki nie jest jeszcze znany.</translation>
    </message>
    <message>
        <source>Look on the order page for the countdown of the seller&apos;s time to ship (processing time): this app doesn&apos;t know it yet. When it ends, the order closes by itself.</source>
        <translation>Znajdź na stronie zamówienia odliczanie czasu sprzedawcy na wysyłkę (czas realizacji): ta aplikacja jeszcze go nie zna. Gdy odliczanie się skończy, zamówienie zamknie się samo.</translation>
    </message>
    <message>
        <source>Better not to cancel: wait until the ship-by time runs out; the order then closes by itself and the money comes back automatically.</source>
        <translation>Lepiej nie anulować: poczekaj, aż minie termin wysyłki; zamówienie zamknie się wtedy samo, a pieniądze wrócą automatycznie.</translation>
    </message>
    <message>
        <source>Wait for the ship-by countdown to end.</source>
        <translation>Poczekaj na koniec odliczania do wysyłki.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel anything: the order closes by itself.</source>
        <translation>Niczego nie anuluj: zamówienie zamknie się samo.</translation>
    </message>
    <message>
        <source>The refund should have arrived by now. If it hasn&apos;t, contact support or your bank, with the order number at hand.</source>
        <translation>Zwrot pieniędzy powinien już dotrzeć. Jeśli nie dotarł, skontaktuj się z obsługą klienta lub swoim bankiem, mając pod ręką numer zamówienia.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within %n business day(s).</source>
        <translation>
            <numerusform>Pieniądze wracają tam, skąd pochodziły, zwykle w ciągu %n dnia roboczego.</numerusform>
            <numerusform>Pieniądze wracają tam, skąd pochodziły, zwykle w ciągu %n dni roboczych.</numerusform>
            <numerusform>Pieniądze wracają tam, skąd pochodziły, zwykle w ciągu %n dni roboczych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from, usually within {low}–%n business day(s).</source>
        <translation>
            <numerusform>Pieniądze wracają tam, skąd pochodziły, zwykle w ciągu {low}–%n dnia roboczego.</numerusform>
            <numerusform>Pieniądze wracają tam, skąd pochodziły, zwykle w ciągu {low}–%n dni roboczych.</numerusform>
            <numerusform>Pieniądze wracają tam, skąd pochodziły, zwykle w ciągu {low}–%n dni roboczych.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it hasn&apos;t arrived when the countdown ends, contact support or your bank.</source>
        <translation>Jeśli nie dotrze do końca odliczania, skontaktuj się z obsługą klienta lub swoim bankiem.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t ship in time: the order closes by itself and the refund is on its way.</source>
        <translation>Sprzedawca nie wysłał na czas: zamówienie zamyka się samo, a zwrot pieniędzy jest w drodze.</translation>
    </message>
    <message>
        <source>Ask to cancel: write to the seller first, then press &quot;Cancel order&quot; on the order page.</source>
        <translation>Poproś o anulowanie: najpierw napisz do sprzedawcy, potem naciśnij „Anuluj zamówienie” na stronie zamówienia.</translation>
    </message>
    <message>
        <source>Write to the seller now, before the order ships: ask them to approve the cancellation (a message is drafted for you). Be quick: once it has shipped, it can&apos;t be cancelled.</source>
        <translation>Napisz do sprzedawcy teraz, zanim zamówienie zostanie wysłane: poproś o zatwierdzenie anulowania (wiadomość jest już przygotowana). Działaj szybko: po wysłaniu nie da się go anulować.</translation>
    </message>
    <message>
        <source>Press &quot;Cancel order&quot; on the order page and choose your reason.</source>
        <translation>Naciśnij „Anuluj zamówienie” na stronie zamówienia i wybierz powód.</translation>
    </message>
    <message numerus="yes">
        <source>The money comes back only if the seller approves. If the seller doesn&apos;t answer within %n hour(s), the request is approved automatically.</source>
        <translation>
            <numerusform>Pieniądze wrócą tylko wtedy, gdy sprzedawca się zgodzi. Jeśli sprzedawca nie odpowie w ciągu %n godziny, prośba zostanie zatwierdzona automatycznie.</numerusform>
            <numerusform>Pieniądze wrócą tylko wtedy, gdy sprzedawca się zgodzi. Jeśli sprzedawca nie odpowie w ciągu %n godzin, prośba zostanie zatwierdzona automatycznie.</numerusform>
            <numerusform>Pieniądze wrócą tylko wtedy, gdy sprzedawca się zgodzi. Jeśli sprzedawca nie odpowie w ciągu %n godzin, prośba zostanie zatwierdzona automatycznie.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, it can&apos;t be cancelled any more: wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Jeśli sprzedawca twierdzi, że zamówienie zostało już wysłane, nie można go już anulować: poczekaj na przesyłkę albo otwórz spór, gdy przyjdzie na to czas.</translation>
    </message>
    <message>
        <source>Record here that you asked to cancel, so the app counts down to the automatic approval.</source>
        <translation>Zapisz tutaj, że wysłano prośbę o anulowanie, aby aplikacja odliczała czas do automatycznego zatwierdzenia.</translation>
    </message>
    <message>
        <source>Your cancellation request is waiting for the seller; if the seller stays silent, it is approved automatically when the countdown ends.</source>
        <translation>Twoja prośba o anulowanie czeka na sprzedawcę; jeśli sprzedawca nie odpowie, zostanie zatwierdzona automatycznie po zakończeniu odliczania.</translation>
    </message>
    <message>
        <source>If you haven&apos;t written to the seller yet, do it now (a message is drafted for you).</source>
        <translation>Jeśli jeszcze nie napisano do sprzedawcy, zrób to teraz (wiadomość jest już przygotowana).</translation>
    </message>
    <message numerus="yes">
        <source>If the seller doesn&apos;t answer within %n hour(s) of your request, it is approved automatically and the money comes back.</source>
        <translation>
            <numerusform>Jeśli sprzedawca nie odpowie w ciągu %n godziny od Twojej prośby, zostanie ona zatwierdzona automatycznie, a pieniądze wrócą.</numerusform>
            <numerusform>Jeśli sprzedawca nie odpowie w ciągu %n godzin od Twojej prośby, zostanie ona zatwierdzona automatycznie, a pieniądze wrócą.</numerusform>
            <numerusform>Jeśli sprzedawca nie odpowie w ciągu %n godzin od Twojej prośby, zostanie ona zatwierdzona automatycznie, a pieniądze wrócą.</numerusform>
        </translation>
    </message>
    <message>
        <source>When the seller approves or refuses, record it here.</source>
        <translation>Gdy sprzedawca zatwierdzi lub odrzuci prośbę, zapisz to tutaj.</translation>
    </message>
    <message>
        <source>If the seller says the order has already shipped, record it as shipped: then wait for the parcel, or open a dispute when its time comes.</source>
        <translation>Jeśli sprzedawca twierdzi, że zamówienie zostało już wysłane, zapisz je jako wysłane: potem poczekaj na przesyłkę albo otwórz spór, gdy przyjdzie na to czas.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands.</source>
        <translation>Nie potwierdzaj odbioru, dopóki przesyłka nie jest w Twoich rękach.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Tracking says it was delivered.</source>
        <translation>Anulowanie nie jest już możliwe: zamówienie zostało wysłane. Według śledzenia przesyłka została dostarczona.</translation>
    </message>
    <message>
        <source>Check the parcel when you have it.</source>
        <translation>Sprawdź przesyłkę, gdy ją otrzymasz.</translation>
    </message>
    <message>
        <source>Confirm receipt only when everything is right: that ends buyer protection.</source>
        <translation>Potwierdź odbiór dopiero wtedy, gdy wszystko jest w porządku: to kończy ochronę kupującego.</translation>
    </message>
    <message>
        <source>If something is wrong, or the parcel never reached you, open a dispute before buyer protection ends.</source>
        <translation>Jeśli coś jest nie tak lub przesyłka w ogóle do Ciebie nie dotarła, otwórz spór przed końcem ochrony kupującego.</translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel; a &quot;not received&quot; dispute can be opened when the countdown ends.</source>
        <translation>Anulowanie nie jest już możliwe: zamówienie zostało wysłane. Poczekaj na przesyłkę; spór o nieotrzymaną przesyłkę można otworzyć po zakończeniu odliczania.</translation>
    </message>
    <message>
        <source>Wait for the parcel and keep an eye on its tracking.</source>
        <translation>Poczekaj na przesyłkę i obserwuj jej śledzenie.</translation>
    </message>
    <message numerus="yes">
        <source>From %n day(s) after shipment, a &quot;not received&quot; dispute can be opened if tracking stops moving or shows something wrong.</source>
        <translation>
            <numerusform>Po upływie %n dnia od wysyłki można otworzyć spór o nieotrzymaną przesyłkę, jeśli śledzenie stanie w miejscu lub pokaże coś niepokojącego.</numerusform>
            <numerusform>Po upływie %n dni od wysyłki można otworzyć spór o nieotrzymaną przesyłkę, jeśli śledzenie stanie w miejscu lub pokaże coś niepokojącego.</numerusform>
            <numerusform>Po upływie %n dni od wysyłki można otworzyć spór o nieotrzymaną przesyłkę, jeśli śledzenie stanie w miejscu lub pokaże coś niepokojącego.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling is no longer possible: the order has shipped. Wait for the parcel, or open a &quot;not received&quot; dispute now if tracking has stalled.</source>
        <translation>Anulowanie nie jest już możliwe: zamówienie zostało wysłane. Poczekaj na przesyłkę albo otwórz teraz spór o nieotrzymaną przesyłkę, jeśli śledzenie stoi w miejscu.</translation>
    </message>
    <message>
        <source>Check the tracking: if it hasn&apos;t moved for a long time or shows another destination, open a dispute now.</source>
        <translation>Sprawdź śledzenie: jeśli od dawna nic się w nim nie zmienia lub pokazuje inne miejsce docelowe, otwórz spór teraz.</translation>
    </message>
    <message>
        <source>Otherwise wait for the parcel, and open a dispute before buyer protection ends if it doesn&apos;t come.</source>
        <translation>W przeciwnym razie poczekaj na przesyłkę, a jeśli nie dotrze, otwórz spór przed końcem ochrony kupującego.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the seller didn&apos;t answer in time, so your cancellation was approved automatically and the refund is on its way.</source>
        <translation>Nie ma czego anulować: sprzedawca nie odpowiedział na czas, więc anulowanie zostało zatwierdzone automatycznie, a zwrot pieniędzy jest w drodze.</translation>
    </message>
    <message>
        <source>Record here that the cancellation was approved.</source>
        <translation>Zapisz tutaj, że anulowanie zostało zatwierdzone.</translation>
    </message>
    <message>
        <source>Nothing to cancel: a refund for this order is already on its way.</source>
        <translation>Nie ma czego anulować: zwrot pieniędzy za to zamówienie jest już w drodze.</translation>
    </message>
    <message>
        <source>Record here when the money arrives.</source>
        <translation>Zapisz tutaj, gdy pieniądze wpłyną.</translation>
    </message>
    <message numerus="yes">
        <source>The money goes back to where it came from; allow up to %n business day(s) for your payment method.</source>
        <translation>
            <numerusform>Pieniądze wracają tam, skąd pochodziły; przy Twojej metodzie płatności może to potrwać do %n dnia roboczego.</numerusform>
            <numerusform>Pieniądze wracają tam, skąd pochodziły; przy Twojej metodzie płatności może to potrwać do %n dni roboczych.</numerusform>
            <numerusform>Pieniądze wracają tam, skąd pochodziły; przy Twojej metodzie płatności może to potrwać do %n dni roboczych.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it doesn&apos;t arrive in time, contact support or your bank, with the order number at hand.</source>
        <translation>Jeśli nie dotrze na czas, skontaktuj się z obsługą klienta lub swoim bankiem, mając pod ręką numer zamówienia.</translation>
    </message>
    <message>
        <source>Cancelling is not possible: the order is in a dispute. Follow the dispute instead.</source>
        <translation>Anulowanie nie jest możliwe: trwa spór dotyczący zamówienia. Zamiast tego śledź spór.</translation>
    </message>
    <message>
        <source>Follow the dispute: its deadlines are on the order.</source>
        <translation>Śledź spór: jego terminy są widoczne w zamówieniu.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or confirm receipt on the seller&apos;s promise alone.</source>
        <translation>Nie anuluj sporu ani nie potwierdzaj odbioru tylko na podstawie obietnicy sprzedawcy.</translation>
    </message>
    <message>
        <source>If something is wrong with the order, you can still open a dispute before the dispute window ends.</source>
        <translation>Jeśli coś jest nie tak z zamówieniem, nadal możesz otworzyć spór przed końcem okresu na otwarcie sporu.</translation>
    </message>
    <message>
        <source>The platform&apos;s dispute window has closed.</source>
        <translation>Okres na otwarcie sporu na platformie już minął.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is completed and the seller was paid.</source>
        <translation>Nie ma czego anulować: zamówienie jest zakończone, a sprzedawca otrzymał zapłatę.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already cancelled.</source>
        <translation>Nie ma czego anulować: zamówienie jest już anulowane.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order was never paid and has closed by itself.</source>
        <translation>Nie ma czego anulować: zamówienie nie zostało opłacone i zamknęło się samo.</translation>
    </message>
    <message>
        <source>Nothing to cancel: the order is already refunded.</source>
        <translation>Nie ma czego anulować: pieniądze za zamówienie zostały już zwrócone.</translation>
    </message>
    <message>
        <source>Nothing to cancel.</source>
        <translation>Nie ma czego anulować.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>The seller must answer by the time shown; if silent, the refund you asked for goes through.</source>
        <translation>Sprzedawca musi odpowiedzieć do podanego terminu; jeśli tego nie zrobi, żądany zwrot pieniędzy zostanie przyznany.</translation>
    </message>
    <message>
        <source>If it isn&apos;t settled, it goes to the platform on the escalation day shown; you can escalate earlier.</source>
        <translation>Jeśli spór nie zostanie rozwiązany, trafi do platformy w podanym dniu eskalacji; możesz go eskalować wcześniej.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone.</source>
        <translation>Nie anuluj sporu ani nie przyjmuj oferty tylko na podstawie obietnicy sprzedawcy.</translation>
    </message>
    <message>
        <source>Accepting the seller&apos;s offer closes the case with that partial refund: accept only when the amount is agreed on the platform, not on a promise.</source>
        <translation>Przyjęcie oferty sprzedawcy zamyka spór z tym częściowym zwrotem pieniędzy: przyjmij ją tylko wtedy, gdy kwota jest uzgodniona na platformie, a nie tylko obiecana.</translation>
    </message>
    <message>
        <source>If the offer includes a return, ship the item only after the return is agreed on the platform.</source>
        <translation>Jeśli oferta obejmuje zwrot produktu, odeślij go dopiero wtedy, gdy zwrot zostanie uzgodniony na platformie.</translation>
    </message>
    <message>
        <source>Declining keeps the dispute open: escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Odrzucenie oferty pozostawia spór otwarty: eskaluj go teraz do platformy, w przeciwnym razie trafi tam w podanym dniu eskalacji.</translation>
    </message>
    <message>
        <source>The seller answered without an offer. If you don&apos;t agree, escalate it to the platform now, or it goes there on the escalation day shown.</source>
        <translation>Sprzedawca odpowiedział bez oferty. Jeśli się nie zgadzasz, eskaluj spór teraz do platformy, w przeciwnym razie trafi tam w podanym dniu eskalacji.</translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>Platforma rozpatruje spór: szybko odpowiadaj na jej pytania i dodaj dowody, jeśli o nie poprosi.</translation>
    </message>
    <message>
        <source>Its decision is expected by the date below; if nothing comes, ask support.</source>
        <translation>Jej decyzja jest oczekiwana do podanej niżej daty; jeśli nic nie nadejdzie, zapytaj obsługę klienta.</translation>
    </message>
    <message>
        <source>The escalation day has passed, so the dispute is now with the platform; record the escalation when the order page shows it.</source>
        <translation>Dzień eskalacji minął, więc spór rozpatruje teraz platforma; zapisz eskalację, gdy pojawi się na stronie zamówienia.</translation>
    </message>
    <message>
        <source>Record the platform&apos;s decision here when it comes.</source>
        <translation>Zapisz tutaj decyzję platformy, gdy nadejdzie.</translation>
    </message>
    <message>
        <source>You appealed: the platform looks at the case again. Add new evidence if you have it, and record the new decision here.</source>
        <translation>Złożono odwołanie: platforma ponownie rozpatruje spór. Dodaj nowe dowody, jeśli je masz, i zapisz tutaj nową decyzję.</translation>
    </message>
    <message>
        <source>The platform decided against you: you can appeal once, before the appeal window below closes, with more evidence.</source>
        <translation>Platforma rozstrzygnęła na Twoją niekorzyść: możesz raz złożyć odwołanie z dodatkowymi dowodami, zanim minie podany niżej okres na odwołanie.</translation>
    </message>
    <message>
        <source>Paid by PayPal: you can still open a PayPal dispute until the date shown (escalate it to a claim within 20 days).</source>
        <translation>Zapłacono przez PayPal: do podanej daty możesz jeszcze otworzyć spór w PayPal (w ciągu 20 dni eskaluj go do roszczenia).</translation>
    </message>
    <message>
        <source>Paid by card: you can still ask your bank for a chargeback until the date shown, but not while an appeal is open on the platform.</source>
        <translation>Zapłacono kartą: do podanej daty możesz jeszcze poprosić bank o chargeback, ale nie w trakcie odwołania na platformie.</translation>
    </message>
    <message>
        <source>The platform decided against you, and neither an appeal nor a payment-method fallback is possible any more: the case is closed without a refund.</source>
        <translation>Platforma rozstrzygnęła na Twoją niekorzyść, a ani odwołanie, ani ochrona metody płatności nie są już możliwe: spór zamknięto bez zwrotu pieniędzy.</translation>
    </message>
    <message>
        <source>The platform decided against you and the time to appeal has passed.</source>
        <translation>Platforma rozstrzygnęła na Twoją niekorzyść, a czas na odwołanie minął.</translation>
    </message>
    <message>
        <source>Ship the return by the time shown and record its tracking number, or the refund is lost; the refund follows once the seller has the item back.</source>
        <translation>Odeślij produkt do podanego terminu i zapisz numer przesyłki, inaczej stracisz zwrot pieniędzy; zwrot nastąpi, gdy produkt wróci do sprzedawcy.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through.</source>
        <translation>Sprzedawca nie odpowiedział na czas, więc żądany zwrot pieniędzy zostanie przyznany.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so your return is accepted: ship the item back by the time below and record its tracking number; the refund follows once the seller has it.</source>
        <translation>Sprzedawca nie odpowiedział na czas, więc zwrot produktu został przyjęty: odeślij produkt do podanego niżej terminu i zapisz numer przesyłki; zwrot pieniędzy nastąpi, gdy produkt dotrze do sprzedawcy.</translation>
    </message>
    <message>
        <source>The platform decided a full refund.</source>
        <translation>Platforma przyznała pełny zwrot pieniędzy.</translation>
    </message>
    <message>
        <source>The platform decided a partial refund: you keep the item.</source>
        <translation>Platforma przyznała częściowy zwrot pieniędzy: zatrzymujesz produkt.</translation>
    </message>
    <message>
        <source>The refund is on its way.</source>
        <translation>Zwrot pieniędzy jest w drodze.</translation>
    </message>
    <message>
        <source>It should arrive by the date shown. Record it here when the money arrives; if it doesn&apos;t, contact support or your bank.</source>
        <translation>Powinien dotrzeć do podanej daty. Zapisz go tutaj, gdy pieniądze wpłyną; jeśli nie wpłyną, skontaktuj się z obsługą klienta lub swoim bankiem.</translation>
    </message>
    <message>
        <source>The refund arrived: the case is closed.</source>
        <translation>Zwrot pieniędzy dotarł: sprawa jest zamknięta.</translation>
    </message>
    <message>
        <source>You cancelled the dispute. A new one can be opened only while buyer protection runs (see its deadline).</source>
        <translation>Spór został anulowany. Nowy można otworzyć tylko w trakcie ochrony kupującego (zob. jej termin).</translation>
    </message>
    <message>
        <source>You cancelled the dispute, and no new dispute can be opened for this order.</source>
        <translation>Spór został anulowany i dla tego zamówienia nie można już otworzyć nowego sporu.</translation>
    </message>
    <message>
        <source>Dispute open: waiting for the seller&apos;s answer</source>
        <translation>Spór otwarty: oczekiwanie na odpowiedź sprzedawcy</translation>
    </message>
    <message>
        <source>The seller answered</source>
        <translation>Sprzedawca odpowiedział</translation>
    </message>
    <message>
        <source>Escalated: the platform is deciding</source>
        <translation>Eskalowano: platforma rozpatruje spór</translation>
    </message>
    <message>
        <source>Decided against you</source>
        <translation>Rozstrzygnięto na Twoją niekorzyść</translation>
    </message>
    <message>
        <source>Appealed: the platform looks again</source>
        <translation>Złożono odwołanie: platforma ponownie rozpatruje spór</translation>
    </message>
    <message>
        <source>Refund agreed with a return: ship the item back</source>
        <translation>Zwrot uzgodniony z odesłaniem produktu: odeślij produkt</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Zwrot pieniędzy w drodze</translation>
    </message>
    <message>
        <source>Refunded: the case is closed</source>
        <translation>Zwrócono pieniądze: sprawa zamknięta</translation>
    </message>
    <message>
        <source>Closed without a refund</source>
        <translation>Zamknięto bez zwrotu pieniędzy</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Spór anulowany</translation>
    </message>
</context>
<context>
    <name>case pack</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(brak podpisu)</translation>
    </message>
    <message>
        <source>Case file — order {order}</source>
        <translation>Dokumentacja sprawy — zamówienie {order}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Zamówienie {order}</translation>
    </message>
    <message>
        <source>Prepared {time} with Dispute Desk. Times are the buyer&apos;s local time ({zone}), each with its offset from UTC.</source>
        <translation>Przygotowano {time} w Dispute Desk. Czasy podano w lokalnej strefie czasowej kupującego ({zone}), każdy z przesunięciem względem UTC.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Data zamówienia</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metoda płatności</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Terminy</translation>
    </message>
    <message>
        <source>{deadline}: {time} (entered from the order page)</source>
        <translation>{deadline}: {time} (wpisano ze strony zamówienia)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules, possibly from a date not known for sure)</source>
        <translation>{deadline}: {time} (oszacowano według reguł, być może na podstawie niepewnej daty)</translation>
    </message>
    <message>
        <source>{deadline}: {time} (estimated from the rules)</source>
        <translation>{deadline}: {time} (oszacowano według reguł)</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Brak aktywnych terminów.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Notes and messages</source>
        <translation>Notatki i wiadomości</translation>
    </message>
    <message>
        <source>Photos ({photos}) and videos ({videos})</source>
        <translation>Zdjęcia ({photos}) i filmy ({videos})</translation>
    </message>
    <message>
        <source>Photos ({photos})</source>
        <translation>Zdjęcia ({photos})</translation>
    </message>
    <message>
        <source>No photos attached.</source>
        <translation>Brak dołączonych zdjęć.</translation>
    </message>
    <message>
        <source>Video: {name}</source>
        <translation>Film: {name}</translation>
    </message>
    <message>
        <source>File {file}, {seconds} s; added {time}</source>
        <translation>Plik {file}, {seconds} s; dodano {time}</translation>
    </message>
    <message>
        <source>File {file}; added {time}</source>
        <translation>Plik {file}; dodano {time}</translation>
    </message>
    <message>
        <source>Taken: {time}</source>
        <translation>Wykonano: {time}</translation>
    </message>
    <message>
        <source>Taken: unknown (no camera time)</source>
        <translation>Wykonano: czas nieznany (brak czasu z aparatu)</translation>
    </message>
    <message>
        <source>Added: {time} · original file: {file}</source>
        <translation>Dodano: {time} · oryginalny plik: {file}</translation>
    </message>
    <message>
        <source>Copy: {path}</source>
        <translation>Kopia: {path}</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title} ({options})</source>
        <translation>Produkt {line}: {quantity} × {title} ({options})</translation>
    </message>
    <message>
        <source>Item {line}: {quantity} × {title}</source>
        <translation>Produkt {line}: {quantity} × {title}</translation>
    </message>
    <message>
        <source>{item} — {price} each</source>
        <translation>{item} — {price} za sztukę</translation>
    </message>
    <message>
        <source>whole order</source>
        <translation>całe zamówienie</translation>
    </message>
    <message>
        <source>asked {amount}</source>
        <translation>żądano {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome} {amount}</source>
        <translation>decyzja: {outcome} {amount}</translation>
    </message>
    <message>
        <source>decided: {outcome}</source>
        <translation>decyzja: {outcome}</translation>
    </message>
    <message>
        <source>{item}; dispute ({facts}: {stage})</source>
        <translation>{item}; spór ({facts}: {stage})</translation>
    </message>
    <message>
        <source>{item}; refunded {amount}</source>
        <translation>{item}; zwrócono {amount}</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Spór</translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation>Spór dotyczący całego zamówienia</translation>
    </message>
    <message>
        <source>Dispute about item {line}: {title}</source>
        <translation>Spór dotyczący produktu {line}: {title}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <source>Refund asked</source>
        <translation>Żądany zwrot</translation>
    </message>
    <message>
        <source>Return offered</source>
        <translation>Proponowany zwrot produktu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Sprzedawca odpowiedział</translation>
    </message>
    <message>
        <source>Seller&apos;s offer</source>
        <translation>Oferta sprzedawcy</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalowano</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Rozstrzygnięto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Amount decided</source>
        <translation>Przyznana kwota</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Złożono odwołanie</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Zwrot otrzymany</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Spór anulowany</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Co dalej</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Order {order}: {verdict}</source>
        <translation>Zamówienie {order}: {verdict}</translation>
    </message>
    <message>
        <source>Wait until {time} ({countdown})</source>
        <translation>Poczekaj do {time} ({countdown})</translation>
    </message>
    <message>
        <source>Missing: {fact}</source>
        <translation>Brakuje: {fact}</translation>
    </message>
    <message>
        <source>Message to the seller:</source>
        <translation>Wiadomość do sprzedawcy:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Kroki:</translation>
    </message>
    <message>
        <source>In Russian:</source>
        <translation>Po rosyjsku:</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>Po angielsku:</translation>
    </message>
    <message>
        <source>Opens at {time} ({countdown})</source>
        <translation>Otwarcie możliwe od {time} ({countdown})</translation>
    </message>
    <message>
        <source>Open it before {time} ({countdown})</source>
        <translation>Otwórz spór przed {time} ({countdown})</translation>
    </message>
    <message>
        <source>Closed at {time} ({countdown})</source>
        <translation>Okres na otwarcie minął {time} ({countdown})</translation>
    </message>
    <message>
        <source>Outcome to ask for: {outcome}</source>
        <translation>Żądany wynik: {outcome}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Ostrzeżenie: {warning}</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Dowody:</translation>
    </message>
    <message>
        <source>Fallback: {deadline} {time} ({countdown})</source>
        <translation>Inna możliwość: {deadline} {time} ({countdown})</translation>
    </message>
    <message>
        <source>Dispute text:</source>
        <translation>Tekst sporu:</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can open a dispute now</source>
        <translation>Zamówienie {order}, {reason}: można teraz otworzyć spór</translation>
    </message>
    <message>
        <source>Order {order}, {reason}: can&apos;t open a dispute now</source>
        <translation>Zamówienie {order}, {reason}: teraz nie można otworzyć sporu</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can open a dispute now</source>
        <translation>Zamówienie {order}, produkt {line}, {reason}: można teraz otworzyć spór</translation>
    </message>
    <message>
        <source>Order {order}, item {line}, {reason}: can&apos;t open a dispute now</source>
        <translation>Zamówienie {order}, produkt {line}, {reason}: teraz nie można otworzyć sporu</translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation>termin wysyłki sprzedawcy (odliczanie czasu realizacji na stronie zamówienia)</translation>
    </message>
    <message>
        <source>argument --lang: unknown language &quot;{name}&quot; (offered: {codes})</source>
        <translation>argument --lang: nieznany język „{name}” (dostępne: {codes})</translation>
    </message>
    <message>
        <source>backed up to {path}</source>
        <translation>utworzono kopię zapasową: {path}</translation>
    </message>
    <message>
        <source>no change since the last automatic backup</source>
        <translation>brak zmian od ostatniej automatycznej kopii zapasowej</translation>
    </message>
    <message numerus="yes">
        <source>backed up to {path} (%n byte(s))</source>
        <translation>
            <numerusform>utworzono kopię zapasową: {path} (%n bajt)</numerusform>
            <numerusform>utworzono kopię zapasową: {path} (%n bajty)</numerusform>
            <numerusform>utworzono kopię zapasową: {path} (%n bajtów)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a complete, undamaged backup</source>
        <translation>{name} to kompletna, nieuszkodzona kopia zapasowa</translation>
    </message>
    <message numerus="yes">
        <source>restored %n order(s) and {files} from the backup of {time}</source>
        <translation>
            <numerusform>przywrócono %n zamówienie i {files} z kopii zapasowej z {time}</numerusform>
            <numerusform>przywrócono %n zamówienia i {files} z kopii zapasowej z {time}</numerusform>
            <numerusform>przywrócono %n zamówień i {files} z kopii zapasowej z {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <comment>restored … and this</comment>
        <translation>
            <numerusform>%n plik dowodu</numerusform>
            <numerusform>%n pliki dowodów</numerusform>
            <numerusform>%n plików dowodów</numerusform>
        </translation>
    </message>
    <message>
        <source>the data it replaced is kept in {path}</source>
        <translation>zastąpione dane zachowano w {path}</translation>
    </message>
    <message>
        <source>no backups in the data dir</source>
        <translation>brak kopii zapasowych w folderze danych</translation>
    </message>
    <message>
        <source>--orders must be between 1 and 1000000</source>
        <translation>--orders musi mieścić się w zakresie od 1 do 1000000</translation>
    </message>
    <message>
        <source>added {added} demo orders (seed {seed})</source>
        <translation>dodano przykładowe zamówienia: {added} (ziarno {seed})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>uwaga: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{order}: %n evidence item(s)</source>
        <translation>
            <numerusform>{order}: %n dowód</numerusform>
            <numerusform>{order}: %n dowody</numerusform>
            <numerusform>{order}: %n dowodów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {pdf} (%n page(s)) and {photos}</source>
        <translation>
            <numerusform>zapisano {pdf} (%n strona) i {photos}</numerusform>
            <numerusform>zapisano {pdf} (%n strony) i {photos}</numerusform>
            <numerusform>zapisano {pdf} (%n stron) i {photos}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <comment>wrote the case pack (…) and this</comment>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n deadline(s) to {path}</source>
        <translation>
            <numerusform>zapisano %n termin do {path}</numerusform>
            <numerusform>zapisano %n terminy do {path}</numerusform>
            <numerusform>zapisano %n terminów do {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n order(s) to {path}</source>
        <translation>
            <numerusform>zapisano %n zamówienie do {path}</numerusform>
            <numerusform>zapisano %n zamówienia do {path}</numerusform>
            <numerusform>zapisano %n zamówień do {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Would import {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Próba importu {names} ({format}, odczytano jako {encoding}) — do dodania: {added}, do aktualizacji: {updated}, bez zmian: {unchanged}</translation>
    </message>
    <message>
        <source>Would import {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Próba importu {names} ({format}) — do dodania: {added}, do aktualizacji: {updated}, bez zmian: {unchanged}</translation>
    </message>
    <message>
        <source>Imported {names} ({format}, read as {encoding}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Zaimportowano {names} ({format}, odczytano jako {encoding}) — dodano: {added}, zaktualizowano: {updated}, bez zmian: {unchanged}</translation>
    </message>
    <message>
        <source>Imported {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Zaimportowano {names} ({format}) — dodano: {added}, zaktualizowano: {updated}, bez zmian: {unchanged}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n wiersz nie został zaimportowany:</numerusform>
            <numerusform>%n wiersze nie zostały zaimportowane:</numerusform>
            <numerusform>%n wierszy nie zostało zaimportowanych:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  wiersz {line}: {message}</translation>
    </message>
    <message>
        <source>--to must come after --from</source>
        <translation>--to musi być późniejsze niż --from</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„{text}” nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>orders paid</source>
        <translation>opłacone zamówienia</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>wydano</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>zwrócono</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>spory</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates (without {currencies}: no rate)</source>
        <translation>≈ {amount} po przeliczeniu według Twoich kursów (bez {currencies}: brak kursu)</translation>
    </message>
    <message>
        <source>≈ {amount} converted at your rates</source>
        <translation>≈ {amount} po przeliczeniu według Twoich kursów</translation>
    </message>
    <message>
        <source>{opened} opened: {won} won, {lost} lost, {open} open, {cancelled} cancelled</source>
        <translation>otwarto: {opened} (wygrane: {won}, przegrane: {lost}, otwarte: {open}, anulowane: {cancelled})</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>brak zamówień</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>[avoid]</source>
        <translation>[unikaj]</translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) ({won} won, {lost} lost)</source>
        <translation>
            <numerusform>%n spór (wygrane: {won}, przegrane: {lost})</numerusform>
            <numerusform>%n spory (wygrane: {won}, przegrane: {lost})</numerusform>
            <numerusform>%n sporów (wygrane: {won}, przegrane: {lost})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), spent {spent}; {disputes}; delivery {median}; last order {last}</source>
        <translation>
            <numerusform>%n zamówienie, wydano: {spent}; {disputes}; dostawa: {median}; ostatnie zamówienie: {last}</numerusform>
            <numerusform>%n zamówienia, wydano: {spent}; {disputes}; dostawa: {median}; ostatnie zamówienie: {last}</numerusform>
            <numerusform>%n zamówień, wydano: {spent}; {disputes}; dostawa: {median}; ostatnie zamówienie: {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} ({options})</source>
        <translation>{message} ({options})</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>nieoczekiwany błąd: {error}</translation>
    </message>
    <message>
        <source>which currency? add --currency (e.g. USD)</source>
        <translation>jaka waluta? dodaj --currency (np. USD)</translation>
    </message>
    <message>
        <source>added order {order} ({status})</source>
        <translation>dodano zamówienie {order} ({status})</translation>
    </message>
    <message>
        <source>recorded {event} on {order}: now {status}</source>
        <translation>zapisano zdarzenie {event} w zamówieniu {order}; status: {status}</translation>
    </message>
    <message>
        <source>no orders</source>
        <translation>brak zamówień</translation>
    </message>
    <message>
        <source>the trash is empty</source>
        <translation>kosz jest pusty</translation>
    </message>
    <message>
        <source>{deadline} in {countdown}</source>
        <translation>{deadline} za {countdown}</translation>
    </message>
    <message>
        <source>Order {order}  {store}</source>
        <translation>Zamówienie {order}  {store}</translation>
    </message>
    <message>
        <source>  total {total}   status {status}   (in the trash)</source>
        <translation>  suma {total}   status {status}   (w koszu)</translation>
    </message>
    <message>
        <source>  total {total}   status {status}</source>
        <translation>  suma {total}   status {status}</translation>
    </message>
    <message>
        <source>  tracking {numbers}</source>
        <translation>  przesyłka {numbers}</translation>
    </message>
    <message>
        <source>  refunded {amount}</source>
        <translation>  zwrócono {amount}</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Produkty:</translation>
    </message>
    <message>
        <source>  dispute: {reason}, {state}</source>
        <translation>  spór: {reason}, {state}</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Terminy:</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Brak aktywnych terminów.</translation>
    </message>
    <message>
        <source>      missing: {fact}</source>
        <translation>      brakuje: {fact}</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Oś czasu:</translation>
    </message>
    <message>
        <source>no open deadlines</source>
        <translation>brak aktywnych terminów</translation>
    </message>
    <message>
        <source>moved {order} to the trash</source>
        <translation>przeniesiono {order} do kosza</translation>
    </message>
    <message>
        <source>restored {order}</source>
        <translation>przywrócono {order}</translation>
    </message>
    <message>
        <source>the processing time (or the ship-by countdown) from the order page</source>
        <translation>czas realizacji (lub odliczanie do wysyłki) ze strony zamówienia</translation>
    </message>
    <message>
        <source>{countdown} ago</source>
        <translation>{countdown} temu</translation>
    </message>
    <message>
        <source>in {countdown}</source>
        <translation>za {countdown}</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) shown on the desktop</source>
        <translation>
            <numerusform>wyświetlono na pulpicie %n przypomnienie</numerusform>
            <numerusform>wyświetlono na pulpicie %n przypomnienia</numerusform>
            <numerusform>wyświetlono na pulpicie %n przypomnień</numerusform>
        </translation>
    </message>
    <message>
        <source>rules {action} needs the rule&apos;s name</source>
        <translation>rules {action} wymaga nazwy reguły</translation>
    </message>
    <message>
        <source>rules set needs a value</source>
        <translation>rules set wymaga wartości</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{value}&quot; as a value (try 72, true or {example})</source>
        <translation>nie można odczytać „{value}” jako wartości (spróbuj 72, true lub {example})</translation>
    </message>
    <message>
        <source>{unit} (changed)</source>
        <translation>{unit} (zmieniono)</translation>
    </message>
</context>
<context>
    <name>cli help</name>
    <message>
        <source>the wizards&apos; advice for an order</source>
        <translation>porady kreatorów dla zamówienia</translation>
    </message>
    <message>
        <source>should I cancel this order, and how?</source>
        <translation>czy anulować to zamówienie i jak?</translation>
    </message>
    <message>
        <source>can I open a dispute for this order, and how?</source>
        <translation>czy można otworzyć spór dla tego zamówienia i jak?</translation>
    </message>
    <message>
        <source>the item it is about (1, 2, …; default: the whole order)</source>
        <translation>produkt, którego dotyczy (1, 2, …; domyślnie: całe zamówienie)</translation>
    </message>
    <message>
        <source>where the data lives</source>
        <translation>gdzie przechowywane są dane</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>wypisz JSON</translation>
    </message>
    <message>
        <source>the language of the sentences: en, ru, pt_BR, es, fr or pl (default: the locale&apos;s)</source>
        <translation>język komunikatów: en, ru, pt_BR, es, fr lub pl (domyślnie: z ustawień regionalnych)</translation>
    </message>
    <message>
        <source>back up the database and the evidence into a zip file</source>
        <translation>utwórz kopię zapasową bazy danych i dowodów w pliku zip</translation>
    </message>
    <message>
        <source>the archive to write (must not exist)</source>
        <translation>archiwum do zapisania (nie może istnieć)</translation>
    </message>
    <message>
        <source>an automatic backup into backups/auto/, only if the data changed</source>
        <translation>kopia automatyczna w backups/auto/, tylko jeśli dane się zmieniły</translation>
    </message>
    <message>
        <source>replace the data with a backup, after checking all of it</source>
        <translation>zastąp dane kopią zapasową po sprawdzeniu jej całej</translation>
    </message>
    <message>
        <source>only check the archive; change nothing</source>
        <translation>tylko sprawdź archiwum; niczego nie zmieniaj</translation>
    </message>
    <message>
        <source>list the backups kept in the data dir, newest first</source>
        <translation>wypisz kopie zapasowe z folderu danych, od najnowszej</translation>
    </message>
    <message>
        <source>fill the data dir with realistic made-up orders</source>
        <translation>wypełnij folder danych realistycznymi, fikcyjnymi zamówieniami</translation>
    </message>
    <message>
        <source>check the database and the evidence files</source>
        <translation>sprawdź bazę danych i pliki dowodów</translation>
    </message>
    <message>
        <source>attach photos or videos to an order as evidence</source>
        <translation>dołącz zdjęcia lub filmy do zamówienia jako dowody</translation>
    </message>
    <message>
        <source>a caption for every file attached</source>
        <translation>podpis dla każdego dołączanego pliku</translation>
    </message>
    <message>
        <source>write the case pack: DIR/case.pdf and DIR/photos/</source>
        <translation>zapisz pakiet dowodowy: DIR/case.pdf i DIR/photos/</translation>
    </message>
    <message>
        <source>write the orders (csv, json) or the open deadlines (ics) to a file</source>
        <translation>zapisz zamówienia (csv, json) lub aktywne terminy (ics) do pliku</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists)</source>
        <translation>plik do zapisania (zastępowany, jeśli istnieje)</translation>
    </message>
    <message>
        <source>import orders from a file (its format is detected by content)</source>
        <translation>importuj zamówienia z pliku (format jest wykrywany na podstawie zawartości)</translation>
    </message>
    <message>
        <source>the file to import (both CSVs of AliExpress-Order-Export, or several e-mails, may go together)</source>
        <translation>plik do zaimportowania (można podać razem oba pliki CSV z AliExpress-Order-Export lub kilka e-maili)</translation>
    </message>
    <message>
        <source>default: detect by content</source>
        <translation>domyślnie: wykryj na podstawie zawartości</translation>
    </message>
    <message>
        <source>ISO code for prices that name none (default: the setting, else USD)</source>
        <translation>kod ISO dla cen bez podanej waluty (domyślnie: z ustawień, a w przeciwnym razie USD)</translation>
    </message>
    <message>
        <source>what a text file is in, e.g. windows-1251 (default: detected from the content)</source>
        <translation>kodowanie pliku tekstowego, np. windows-1251 (domyślnie: wykrywane na podstawie zawartości)</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>pokaż, co by się zmieniło; niczego nie zapisuj</translation>
    </message>
    <message>
        <source>print progress lines on stderr</source>
        <translation>wypisuj postęp na stderr</translation>
    </message>
    <message>
        <source>money spent and refunded, disputes won and lost, by month</source>
        <translation>wydane i zwrócone kwoty, wygrane i przegrane spory, według miesięcy</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD, local) or an ISO time</source>
        <translation>pierwszy dzień (RRRR-MM-DD, czas lokalny) lub czas w formacie ISO</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, local) or an ISO time</source>
        <translation>ostatni dzień, włącznie (RRRR-MM-DD, czas lokalny) lub czas w formacie ISO</translation>
    </message>
    <message>
        <source>one line per store: orders, money, disputes, delivery days</source>
        <translation>jeden wiersz na sklep: zamówienia, kwoty, spory, dni dostawy</translation>
    </message>
    <message>
        <source>add an order</source>
        <translation>dodaj zamówienie</translation>
    </message>
    <message>
        <source>order number (text)</source>
        <translation>numer zamówienia (tekst)</translation>
    </message>
    <message>
        <source>amount, e.g. 12.34 or &apos;US $1,382.11&apos;</source>
        <translation>kwota, np. 12.34 lub &apos;US $1,382.11&apos;</translation>
    </message>
    <message>
        <source>ISO code, e.g. USD (else from the amount&apos;s symbol)</source>
        <translation>kod ISO, np. USD (w przeciwnym razie z symbolu przy kwocie)</translation>
    </message>
    <message>
        <source>record an event in an order&apos;s timeline</source>
        <translation>zapisz zdarzenie na osi czasu zamówienia</translation>
    </message>
    <message>
        <source>when it happened (default: now)</source>
        <translation>kiedy to się stało (domyślnie: teraz)</translation>
    </message>
    <message>
        <source>countdown as the order page shows it, e.g. &apos;23d 14:22:10&apos;</source>
        <translation>odliczanie tak, jak pokazuje je strona zamówienia, np. &apos;23d 14:22:10&apos;</translation>
    </message>
    <message>
        <source>cancel: {cancel}; dispute: {dispute}</source>
        <translation>anulowanie: {cancel}; spór: {dispute}</translation>
    </message>
    <message>
        <source>the item a dispute or refund is about (1, 2, …; default: the whole order)</source>
        <translation>produkt, którego dotyczy spór lub zwrot (1, 2, …; domyślnie: całe zamówienie)</translation>
    </message>
    <message>
        <source>list orders with their status and next deadline</source>
        <translation>wypisz zamówienia z ich statusem i najbliższym terminem</translation>
    </message>
    <message>
        <source>list the orders in the trash</source>
        <translation>wypisz zamówienia w koszu</translation>
    </message>
    <message>
        <source>one order with its timeline and deadlines</source>
        <translation>jedno zamówienie z osią czasu i terminami</translation>
    </message>
    <message>
        <source>every open deadline, soonest first</source>
        <translation>wszystkie aktywne terminy, od najbliższego</translation>
    </message>
    <message>
        <source>only those due within this long, e.g. 48h or 7d</source>
        <translation>tylko te, które upływają w tym czasie, np. 48h lub 7d</translation>
    </message>
    <message>
        <source>move an order to the trash</source>
        <translation>przenieś zamówienie do kosza</translation>
    </message>
    <message>
        <source>restore an order from the trash</source>
        <translation>przywróć zamówienie z kosza</translation>
    </message>
    <message>
        <source>Dispute Desk: your orders, their deadlines, cancellations and disputes. Without a command it opens the app.</source>
        <translation>Dispute Desk: Twoje zamówienia, ich terminy, anulowania i spory. Bez polecenia otwiera aplikację.</translation>
    </message>
    <message>
        <source>give the deadline reminders due (for cron, a systemd timer or the Task Scheduler)</source>
        <translation>wyślij należne przypomnienia o terminach (dla crona, timera systemd lub Harmonogramu zadań)</translation>
    </message>
    <message>
        <source>as of this time instead of now</source>
        <translation>według tego czasu zamiast bieżącego</translation>
    </message>
    <message>
        <source>show what is due without remembering it as given</source>
        <translation>pokaż należne przypomnienia, nie oznaczając ich jako wysłanych</translation>
    </message>
    <message>
        <source>show or change the rule profile&apos;s values</source>
        <translation>pokaż lub zmień wartości profilu reguł</translation>
    </message>
    <message>
        <source>JSON value, e.g. 72 or true or &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</source>
        <translation>wartość JSON, np. 72, true lub &apos;{&quot;min&quot;: 2, &quot;max&quot;: 5}&apos;</translation>
    </message>
</context>
<context>
    <name>deadline</name>
    <message>
        <source>Nothing to do: an unpaid order closes by itself with no penalty. Pay before then only if you still want it.</source>
        <translation>Nic nie trzeba robić: nieopłacone zamówienie zamknie się samo, bez żadnych konsekwencji. Zapłać przed tym terminem tylko wtedy, gdy nadal chcesz ten produkt.</translation>
    </message>
    <message>
        <source>The payment is being checked. Cancelling becomes possible when the check ends.</source>
        <translation>Płatność jest weryfikowana. Anulowanie będzie możliwe po zakończeniu weryfikacji.</translation>
    </message>
    <message>
        <source>The seller must ship by then; otherwise the order closes and the money comes back by itself.</source>
        <translation>Sprzedawca musi wysłać zamówienie do tego terminu; w przeciwnym razie zamówienie zostanie zamknięte, a pieniądze wrócą same.</translation>
    </message>
    <message>
        <source>If the seller doesn&apos;t answer by then, the cancellation is approved automatically. Write to the seller meanwhile.</source>
        <translation>Jeśli sprzedawca nie odpowie do tego terminu, anulowanie zostanie zatwierdzone automatycznie. W międzyczasie napisz do sprzedawcy.</translation>
    </message>
    <message>
        <source>Parcel still on its way? Ask the seller to extend buyer protection now: sellers answer slowly.</source>
        <translation>Przesyłka wciąż w drodze? Już teraz poproś sprzedawcę o przedłużenie ochrony kupującego: sprzedawcy odpowiadają powoli.</translation>
    </message>
    <message>
        <source>Open a dispute before then if the parcel hasn&apos;t arrived. When protection ends the seller is paid.</source>
        <translation>Otwórz spór przed tym terminem, jeśli przesyłka nie dotarła. Po zakończeniu ochrony sprzedawca otrzymuje zapłatę.</translation>
    </message>
    <message>
        <source>From then on a &quot;not received&quot; dispute can be opened if tracking stops moving.</source>
        <translation>Od tego momentu można otworzyć spór o nieotrzymaną przesyłkę, jeśli śledzenie stanie w miejscu.</translation>
    </message>
    <message>
        <source>Last moment to open a dispute if something is wrong with the order.</source>
        <translation>Ostatni moment na otwarcie sporu, jeśli coś jest nie tak z zamówieniem.</translation>
    </message>
    <message>
        <source>The seller must answer the dispute by then; if silent, your requested refund goes through.</source>
        <translation>Sprzedawca musi odpowiedzieć w sporze do tego terminu; jeśli tego nie zrobi, żądany zwrot pieniędzy zostanie przyznany.</translation>
    </message>
    <message>
        <source>If the dispute is still unresolved then, it goes to the platform. You can escalate earlier.</source>
        <translation>Jeśli spór nie zostanie do tego czasu rozwiązany, trafi do platformy. Możesz go eskalować wcześniej.</translation>
    </message>
    <message>
        <source>Ship the return by then and record its tracking number, or the refund is lost.</source>
        <translation>Odeślij produkt do tego terminu i zapisz numer przesyłki, inaczej stracisz zwrot pieniędzy.</translation>
    </message>
    <message>
        <source>The refund should have arrived by then. If not, contact support or your bank.</source>
        <translation>Do tego terminu zwrot pieniędzy powinien dotrzeć. Jeśli nie dotrze, skontaktuj się z obsługą klienta lub swoim bankiem.</translation>
    </message>
    <message>
        <source>Last day to open a PayPal dispute (escalate it to a claim within 20 days).</source>
        <translation>Ostatni dzień na otwarcie sporu w PayPal (w ciągu 20 dni eskaluj go do roszczenia).</translation>
    </message>
    <message>
        <source>Last day to ask your bank for a chargeback. Never while a platform case is open.</source>
        <translation>Ostatni dzień na zgłoszenie chargebacku w banku. Nigdy w trakcie otwartego sporu na platformie.</translation>
    </message>
    <message>
        <source>The platform&apos;s decision is expected by then. Answer its questions quickly; if nothing comes, ask support.</source>
        <translation>Decyzja platformy jest oczekiwana do tego terminu. Szybko odpowiadaj na jej pytania; jeśli nic nie nadejdzie, zapytaj obsługę klienta.</translation>
    </message>
    <message>
        <source>Last moment to appeal the decision, once, with new evidence.</source>
        <translation>Ostatnia chwila na odwołanie się od decyzji (tylko raz, z nowymi dowodami).</translation>
    </message>
    <message>
        <source>Estimated from the usual processing time: the seller&apos;s real one isn&apos;t known. Enter the processing time or the ship-by countdown from the order page (edit the order) for the real deadline. If it has passed and the order didn&apos;t ship, the order closes by itself and the money comes back.</source>
        <translation>Oszacowano na podstawie typowego czasu realizacji: rzeczywisty czas sprzedawcy nie jest znany. Aby uzyskać rzeczywisty termin, wpisz czas realizacji lub odliczanie do wysyłki ze strony zamówienia (edytuj zamówienie). Jeśli termin minął, a zamówienie nie zostało wysłane, zamknie się ono samo, a pieniądze wrócą.</translation>
    </message>
    <message>
        <source>Tracking says delivered. Confirm receipt only when all is well, or open a dispute before then.</source>
        <translation>Według śledzenia przesyłka została dostarczona. Potwierdź odbiór tylko wtedy, gdy wszystko jest w porządku, albo otwórz spór przed tym terminem.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>Mark paid…</source>
        <translation>Oznacz jako opłacone…</translation>
    </message>
    <message>
        <source>Shipped…</source>
        <translation>Wysłano…</translation>
    </message>
    <message>
        <source>Tracking update…</source>
        <translation>Aktualizacja śledzenia…</translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation>Dostarczono…</translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation>Potwierdź odbiór…</translation>
    </message>
    <message>
        <source>Request cancellation…</source>
        <translation>Poproś o anulowanie…</translation>
    </message>
    <message>
        <source>Cancellation approved…</source>
        <translation>Anulowanie zatwierdzone…</translation>
    </message>
    <message>
        <source>Cancellation refused…</source>
        <translation>Anulowanie odrzucone…</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>Anulowano…</translation>
    </message>
    <message>
        <source>Extension requested…</source>
        <translation>Poproszono o przedłużenie…</translation>
    </message>
    <message>
        <source>Protection extended…</source>
        <translation>Ochrona przedłużona…</translation>
    </message>
    <message>
        <source>Open dispute…</source>
        <translation>Otwórz spór…</translation>
    </message>
    <message>
        <source>Dispute cancelled…</source>
        <translation>Spór anulowany…</translation>
    </message>
    <message>
        <source>Seller responded…</source>
        <translation>Sprzedawca odpowiedział…</translation>
    </message>
    <message>
        <source>Escalated…</source>
        <translation>Eskalowano…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Decyzja…</translation>
    </message>
    <message>
        <source>Appealed…</source>
        <translation>Złożono odwołanie…</translation>
    </message>
    <message>
        <source>Refund issued…</source>
        <translation>Zwrot zlecony…</translation>
    </message>
    <message>
        <source>Refund received…</source>
        <translation>Zwrot otrzymany…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>entered from the order page</source>
        <translation>wpisano ze strony zamówienia</translation>
    </message>
    <message>
        <source>estimated from the rules and a date not known for sure (see the timeline)</source>
        <translation>oszacowano według reguł i niepewnej daty (zob. oś czasu)</translation>
    </message>
    <message>
        <source>estimated from the rules</source>
        <translation>oszacowano według reguł</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Złożono zamówienie</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Aktualizacja śledzenia</translation>
    </message>
    <message>
        <source>Delivered (tracking says so)</source>
        <translation>Dostarczono (według śledzenia)</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Potwierdzono odbiór</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Prośba o anulowanie</translation>
    </message>
    <message>
        <source>Cancellation approved</source>
        <translation>Anulowanie zatwierdzone</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Anulowanie odrzucone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Protection extension requested</source>
        <translation>Poproszono o przedłużenie ochrony</translation>
    </message>
    <message>
        <source>Protection extended</source>
        <translation>Ochrona przedłużona</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Otwarto spór</translation>
    </message>
    <message>
        <source>Dispute cancelled</source>
        <translation>Spór anulowany</translation>
    </message>
    <message>
        <source>Seller responded</source>
        <translation>Sprzedawca odpowiedział</translation>
    </message>
    <message>
        <source>Escalated to the platform</source>
        <translation>Eskalowano do platformy</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Złożono odwołanie</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Zwrot zlecony</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>Zwrot otrzymany</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Order edited</source>
        <translation>Edytowano zamówienie</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Przeniesiono do kosza</translation>
    </message>
    <message>
        <source>Restored from trash</source>
        <translation>Przywrócono z kosza</translation>
    </message>
    <message>
        <source>tracking stopped moving</source>
        <translation>brak aktualizacji śledzenia</translation>
    </message>
    <message>
        <source>sent to the wrong address</source>
        <translation>wysłano pod zły adres</translation>
    </message>
    <message>
        <source>delivery period ending</source>
        <translation>kończy się czas dostawy</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>zwrócono do nadawcy</translation>
    </message>
    <message>
        <source>held at customs</source>
        <translation>zatrzymano w urzędzie celnym</translation>
    </message>
    <message>
        <source>not as described</source>
        <translation>niezgodny z opisem</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>wadliwy</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>uszkodzony</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>niewłaściwy produkt</translation>
    </message>
    <message>
        <source>fewer items than ordered</source>
        <translation>mniej sztuk, niż zamówiono</translation>
    </message>
    <message>
        <source>counterfeit</source>
        <translation>podróbka</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>pusta przesyłka</translation>
    </message>
    <message>
        <source>changed my mind</source>
        <translation>zmiana decyzji</translation>
    </message>
    <message>
        <source>found it cheaper</source>
        <translation>taniej gdzie indziej</translation>
    </message>
    <message>
        <source>seller out of stock</source>
        <translation>brak towaru u sprzedawcy</translation>
    </message>
    <message>
        <source>seller raised the price</source>
        <translation>sprzedawca podniósł cenę</translation>
    </message>
    <message>
        <source>the seller asked</source>
        <translation>na prośbę sprzedawcy</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>full refund</source>
        <translation>pełny zwrot pieniędzy</translation>
    </message>
    <message>
        <source>partial refund</source>
        <translation>częściowy zwrot pieniędzy</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portfel elektroniczny</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo na platformie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metoda płatności</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Ship-by time</source>
        <translation>Termin wysyłki</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>{time} or later</source>
        <translation>{time} lub później</translation>
    </message>
    <message>
        <source>Date not known: the import or the pasted page didn&apos;t say when.</source>
        <translation>Data nieznana: import ani wklejona strona nie podawały, kiedy to nastąpiło.</translation>
    </message>
    <message>
        <source>About item {item}</source>
        <translation>Dotyczy produktu {item}</translation>
    </message>
    <message>
        <source>Tracking number: {tracking} ({carrier})</source>
        <translation>Numer przesyłki: {tracking} ({carrier})</translation>
    </message>
    <message>
        <source>Tracking number: {tracking}</source>
        <translation>Numer przesyłki: {tracking}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Przewoźnik: {carrier}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Powód: {reason}</translation>
    </message>
    <message>
        <source>Refund asked: {amount}</source>
        <translation>Żądany zwrot: {amount}</translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation>Ze zwrotem produktu</translation>
    </message>
    <message>
        <source>Seller offers: {amount}</source>
        <translation>Sprzedawca proponuje: {amount}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Wynik: {outcome}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Kwota: {amount}</translation>
    </message>
    <message numerus="yes">
        <source>Processing time: %n day(s)</source>
        <translation>
            <numerusform>Czas realizacji: %n dzień</numerusform>
            <numerusform>Czas realizacji: %n dni</numerusform>
            <numerusform>Czas realizacji: %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Seller must ship by {time}</source>
        <translation>Sprzedawca musi wysłać do {time}</translation>
    </message>
    <message>
        <source>Protection ends {time}</source>
        <translation>Koniec ochrony: {time}</translation>
    </message>
    <message numerus="yes">
        <source>By %n day(s)</source>
        <translation>
            <numerusform>Przedłużenie o %n dzień</numerusform>
            <numerusform>Przedłużenie o %n dni</numerusform>
            <numerusform>Przedłużenie o %n dni</numerusform>
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
        <translation>Użyj kreatora anulowania („advise cancel”): niewysłane zamówienie należy anulować, a nie otwierać w jego sprawie sporu.</translation>
    </message>
    <message>
        <source>Record the refund here when the money arrives.</source>
        <translation>Zapisz tutaj zwrot, gdy pieniądze wpłyną.</translation>
    </message>
    <message>
        <source>Don&apos;t confirm receipt before the parcel is in your hands, even if the seller asks: it ends buyer protection, and a &quot;not received&quot; dispute can&apos;t be opened after it.</source>
        <translation>Nie potwierdzaj odbioru, dopóki przesyłka nie jest w Twoich rękach, nawet jeśli sprzedawca o to prosi: to kończy ochronę kupującego, a potem nie można już otworzyć sporu o nieotrzymaną przesyłkę.</translation>
    </message>
    <message>
        <source>Don&apos;t cancel the dispute or press &quot;Accept&quot; on the seller&apos;s promise alone: a cancelled dispute can be opened again only while buyer protection runs.</source>
        <translation>Nie anuluj sporu ani nie naciskaj „Zaakceptuj” tylko na podstawie obietnicy sprzedawcy: anulowany spór można otworzyć ponownie tylko w trakcie ochrony kupującego.</translation>
    </message>
    <message>
        <source>Don&apos;t file a chargeback with your bank beside an open case: the order freezes and you may lose both.</source>
        <translation>Nie zgłaszaj chargebacku w banku równolegle z otwartym sporem: zamówienie zostanie zablokowane i możesz przegrać w obu miejscach.</translation>
    </message>
    <message>
        <source>Wait until the window opens; meanwhile collect the evidence in the checklist.</source>
        <translation>Poczekaj, aż będzie można otworzyć spór; w międzyczasie zbierz dowody z listy kontrolnej.</translation>
    </message>
    <message>
        <source>Write to the seller meanwhile: sometimes that is enough.</source>
        <translation>W międzyczasie napisz do sprzedawcy: czasem to wystarczy.</translation>
    </message>
    <message>
        <source>Ask the seller to extend buyer protection if the parcel is late and still on its way.</source>
        <translation>Poproś sprzedawcę o przedłużenie ochrony kupującego, jeśli przesyłka się spóźnia i wciąż jest w drodze.</translation>
    </message>
    <message>
        <source>Open this wizard again when the parcel has arrived.</source>
        <translation>Otwórz ten kreator ponownie, gdy przesyłka dotrze.</translation>
    </message>
    <message>
        <source>Ask for a full refund.</source>
        <translation>Poproś o pełny zwrot pieniędzy.</translation>
    </message>
    <message numerus="yes">
        <source>Ask for a partial refund if you keep the item, or for a full refund with a return (then ship it within %n day(s) of the agreement).</source>
        <translation>
            <numerusform>Poproś o częściowy zwrot pieniędzy, jeśli zatrzymujesz produkt, albo o pełny zwrot pieniędzy ze zwrotem produktu (wtedy odeślij produkt w ciągu %n dnia od uzgodnienia).</numerusform>
            <numerusform>Poproś o częściowy zwrot pieniędzy, jeśli zatrzymujesz produkt, albo o pełny zwrot pieniędzy ze zwrotem produktu (wtedy odeślij produkt w ciągu %n dni od uzgodnienia).</numerusform>
            <numerusform>Poproś o częściowy zwrot pieniędzy, jeśli zatrzymujesz produkt, albo o pełny zwrot pieniędzy ze zwrotem produktu (wtedy odeślij produkt w ciągu %n dni od uzgodnienia).</numerusform>
        </translation>
    </message>
    <message>
        <source>Collect the evidence in the checklist before you open the dispute.</source>
        <translation>Zanim otworzysz spór, zbierz dowody z listy kontrolnej.</translation>
    </message>
    <message>
        <source>On the order page press &quot;Open dispute&quot; and choose the reason.</source>
        <translation>Na stronie zamówienia naciśnij „Otwórz spór” i wybierz powód.</translation>
    </message>
    <message>
        <source>Paste the drafted dispute text into the form, fill in the parts in […], and attach the evidence.</source>
        <translation>Wklej przygotowany tekst sporu w formularz, uzupełnij fragmenty w […] i dołącz dowody.</translation>
    </message>
    <message numerus="yes">
        <source>Record the dispute here: the seller then has %n day(s) to answer, and after {escalation} it goes to the platform.</source>
        <translation>
            <numerusform>Zapisz tutaj spór: sprzedawca ma wtedy %n dzień na odpowiedź, a po upływie {escalation} spór trafia do platformy.</numerusform>
            <numerusform>Zapisz tutaj spór: sprzedawca ma wtedy %n dni na odpowiedź, a po upływie {escalation} spór trafia do platformy.</numerusform>
            <numerusform>Zapisz tutaj spór: sprzedawca ma wtedy %n dni na odpowiedź, a po upływie {escalation} spór trafia do platformy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>after this long the dispute goes to the platform</comment>
        <translation>
            <numerusform>%n dnia</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer protection ended at {ended}: the safe time to open a dispute was before then. The order counts as completed, and a completed order can still be disputed for %n day(s) (until {closes}; {confidence}): this is the last chance, open it now.</source>
        <translation>
            <numerusform>Ochrona kupującego skończyła się {ended}: spór najbezpieczniej było otworzyć przed tym terminem. Zamówienie uznaje się za zakończone, a w sprawie zakończonego zamówienia można jeszcze otworzyć spór przez %n dzień (do {closes}; {confidence}): to ostatnia szansa, otwórz spór teraz.</numerusform>
            <numerusform>Ochrona kupującego skończyła się {ended}: spór najbezpieczniej było otworzyć przed tym terminem. Zamówienie uznaje się za zakończone, a w sprawie zakończonego zamówienia można jeszcze otworzyć spór przez %n dni (do {closes}; {confidence}): to ostatnia szansa, otwórz spór teraz.</numerusform>
            <numerusform>Ochrona kupującego skończyła się {ended}: spór najbezpieczniej było otworzyć przed tym terminem. Zamówienie uznaje się za zakończone, a w sprawie zakończonego zamówienia można jeszcze otworzyć spór przez %n dni (do {closes}; {confidence}): to ostatnia szansa, otwórz spór teraz.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, but your payment method may still protect you (see below).</source>
        <translation>Okres na otwarcie sporu na platformie minął, ale Twoja metoda płatności może Cię jeszcze chronić (zob. niżej).</translation>
    </message>
    <message>
        <source>The platform&apos;s window is missed, and no payment-method fallback applies any more.</source>
        <translation>Okres na otwarcie sporu na platformie minął i nie można już skorzystać z ochrony metody płatności.</translation>
    </message>
    <message>
        <source>The seller didn&apos;t answer in time, so the refund you asked for goes through. Record it here when the money arrives.</source>
        <translation>Sprzedawca nie odpowiedział na czas, więc żądany zwrot pieniędzy zostanie przyznany. Zapisz go tutaj, gdy pieniądze wpłyną.</translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, your return is accepted: ship the item back within {return_days} and record its tracking number.</source>
        <translation>
            <numerusform>Sprzedawca musi odpowiedzieć w ciągu %n dnia od otwarcia sporu; jeśli tego nie zrobi, zwrot produktu zostanie przyjęty: odeślij produkt w ciągu {return_days} i zapisz numer przesyłki.</numerusform>
            <numerusform>Sprzedawca musi odpowiedzieć w ciągu %n dni od otwarcia sporu; jeśli tego nie zrobi, zwrot produktu zostanie przyjęty: odeślij produkt w ciągu {return_days} i zapisz numer przesyłki.</numerusform>
            <numerusform>Sprzedawca musi odpowiedzieć w ciągu %n dni od otwarcia sporu; jeśli tego nie zrobi, zwrot produktu zostanie przyjęty: odeślij produkt w ciągu {return_days} i zapisz numer przesyłki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the time to ship a return back</comment>
        <translation>
            <numerusform>%n dnia</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The seller must answer within %n day(s) of the opening; if silent, the refund you asked for goes through.</source>
        <translation>
            <numerusform>Sprzedawca musi odpowiedzieć w ciągu %n dnia od otwarcia sporu; jeśli tego nie zrobi, żądany zwrot pieniędzy zostanie przyznany.</numerusform>
            <numerusform>Sprzedawca musi odpowiedzieć w ciągu %n dni od otwarcia sporu; jeśli tego nie zrobi, żądany zwrot pieniędzy zostanie przyznany.</numerusform>
            <numerusform>Sprzedawca musi odpowiedzieć w ciągu %n dni od otwarcia sporu; jeśli tego nie zrobi, żądany zwrot pieniędzy zostanie przyznany.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seller answered: accept an offer only when the money or the return is agreed on the platform, not on a promise.</source>
        <translation>Sprzedawca odpowiedział: przyjmij ofertę tylko wtedy, gdy kwota lub zwrot produktu są uzgodnione na platformie, a nie tylko obiecane.</translation>
    </message>
    <message numerus="yes">
        <source>If it is still unresolved %n day(s) after the opening, it goes to the platform; you can press &quot;Escalate dispute&quot; earlier.</source>
        <translation>
            <numerusform>Jeśli spór nie zostanie rozwiązany w ciągu %n dnia od otwarcia, trafi do platformy; wcześniej możesz nacisnąć „Eskaluj spór”.</numerusform>
            <numerusform>Jeśli spór nie zostanie rozwiązany w ciągu %n dni od otwarcia, trafi do platformy; wcześniej możesz nacisnąć „Eskaluj spór”.</numerusform>
            <numerusform>Jeśli spór nie zostanie rozwiązany w ciągu %n dni od otwarcia, trafi do platformy; wcześniej możesz nacisnąć „Eskaluj spór”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The platform decided against you: you can appeal once, within %n day(s) of the decision, with more evidence.</source>
        <translation>
            <numerusform>Platforma rozstrzygnęła na Twoją niekorzyść: możesz raz złożyć odwołanie z dodatkowymi dowodami w ciągu %n dnia od decyzji.</numerusform>
            <numerusform>Platforma rozstrzygnęła na Twoją niekorzyść: możesz raz złożyć odwołanie z dodatkowymi dowodami w ciągu %n dni od decyzji.</numerusform>
            <numerusform>Platforma rozstrzygnęła na Twoją niekorzyść: możesz raz złożyć odwołanie z dodatkowymi dowodami w ciągu %n dni od decyzji.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the appeal fails too, the payment method&apos;s own protection may still help (see the deadlines).</source>
        <translation>Jeśli odwołanie również się nie powiedzie, może jeszcze pomóc ochrona oferowana przez metodę płatności (zob. terminy).</translation>
    </message>
    <message numerus="yes">
        <source>Ship the return within %n day(s) of the decision and record its tracking number, or the refund is lost.</source>
        <translation>
            <numerusform>Odeślij produkt w ciągu %n dnia od decyzji i zapisz numer przesyłki, inaczej stracisz zwrot pieniędzy.</numerusform>
            <numerusform>Odeślij produkt w ciągu %n dni od decyzji i zapisz numer przesyłki, inaczej stracisz zwrot pieniędzy.</numerusform>
            <numerusform>Odeślij produkt w ciągu %n dni od decyzji i zapisz numer przesyłki, inaczej stracisz zwrot pieniędzy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform is deciding: answer its questions quickly and add evidence if it asks.</source>
        <translation>Platforma rozpatruje spór: szybko odpowiadaj na jej pytania i dodaj dowody, jeśli o nie poprosi.</translation>
    </message>
    <message>
        <source>Record the seller&apos;s answer, the escalation, the decision and the refund here as they happen.</source>
        <translation>Zapisuj tutaj na bieżąco odpowiedź sprzedawcy, eskalację, decyzję i zwrot pieniędzy.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>in use by a Dispute Desk window or command that is running: {path}</source>
        <translation>w użyciu przez działające okno lub polecenie Dispute Desk: {path}</translation>
    </message>
    <message>
        <source>left by an interrupted run (the next run removes it): {path}</source>
        <translation>pozostałość po przerwanym uruchomieniu (następne uruchomienie ją usunie): {path}</translation>
    </message>
    <message>
        <source>{work} ({detail})</source>
        <translation>{work} ({detail})</translation>
    </message>
    <message>
        <source>{work} started {time} was interrupted; nothing of it was saved</source>
        <translation>przerwano operację rozpoczętą {time}: {work}; nic z niej nie zapisano</translation>
    </message>
    <message>
        <source>the disk holding {path} has only {size} free</source>
        <translation>na dysku z {path} zostało tylko {size} wolnego miejsca</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>przywracanie</translation>
    </message>
    <message>
        <source>an upgrade of the data</source>
        <translation>aktualizacja danych</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>plik {path} jest uszkodzony lub nie jest plikiem danych Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data file was read without locking it (the disk is full): changes another window is making right now are not part of this check</source>
        <translation>plik danych odczytano bez blokady (dysk jest pełny): zmiany wprowadzane właśnie w innym oknie nie są objęte tą kontrolą</translation>
    </message>
    <message>
        <source>the data is at schema {revision}; this version upgrades it to {head} when it next opens it (only the file&apos;s integrity was checked)</source>
        <translation>dane mają schemat {revision}; ta wersja zaktualizuje je do {head} przy następnym otwarciu (sprawdzono tylko integralność pliku)</translation>
    </message>
    <message>
        <source>evidence item {file} of order {order}: {reason}</source>
        <translation>dowód {file} zamówienia {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {file} of order {order} ({path})</source>
        <translation>brak pliku dowodu: {file} zamówienia {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {file} of order {order} ({path})</source>
        <translation>uszkodzony plik dowodu (zmieniła się jego zawartość): {file} zamówienia {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file no item refers to (can be deleted): {path}</source>
        <translation>plik dowodu, do którego nic się nie odwołuje (można go usunąć): {path}</translation>
    </message>
    <message>
        <source>schema: the table {table} is missing</source>
        <translation>schemat: brak tabeli {table}</translation>
    </message>
    <message>
        <source>schema: the table {table} lacks the column(s) {columns}</source>
        <translation>schemat: w tabeli {table} brakuje kolumn: {columns}</translation>
    </message>
    <message>
        <source>{table} row {rows} names its file with something that is not a SHA-256 and one of the app&apos;s extensions</source>
        <translation>{table}, wiersz {rows}: nazwa pliku nie składa się z SHA-256 i jednego z rozszerzeń aplikacji</translation>
    </message>
    <message>
        <source>{table} row {rows} is of a kind the app doesn&apos;t know</source>
        <translation>{table}, wiersz {rows}: rodzaj nieznany aplikacji</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a time the app can&apos;t read</source>
        <translation>{table}, wiersz {rows}: czas, którego aplikacja nie potrafi odczytać</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a total or currency the app can&apos;t read</source>
        <translation>{table}, wiersz {rows}: suma lub waluta, której aplikacja nie potrafi odczytać</translation>
    </message>
    <message>
        <source>{table} row {rows} holds a price or quantity the app can&apos;t read</source>
        <translation>{table}, wiersz {rows}: cena lub ilość, której aplikacja nie potrafi odczytać</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation>
            <numerusform>{rows} i jeszcze %n</numerusform>
            <numerusform>{rows} i jeszcze %n</numerusform>
            <numerusform>{rows} i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{table} row {row}: refers to a missing row in {parent}</source>
        <translation>{table}, wiersz {row}: odwołuje się do nieistniejącego wiersza w {parent}</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>integralność: {problem}</translation>
    </message>
    <message>
        <source>foreign key: {problem}</source>
        <translation>klucz obcy: {problem}</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}: I no longer need it. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Dzień dobry! Chcę anulować zamówienie {order}: nie jest mi już potrzebne. Proszę go nie wysyłać; właśnie wysyłam prośbę o anulowanie. Proszę o jej zatwierdzenie. Dziękuję!</translation>
    </message>
    <message>
        <source>Hello! I&apos;d like to cancel order {order}. Please don&apos;t ship it; I&apos;m sending a cancellation request now. Could you please approve it? Thank you!</source>
        <translation>Dzień dobry! Chcę anulować zamówienie {order}. Proszę go nie wysyłać; właśnie wysyłam prośbę o anulowanie. Proszę o jej zatwierdzenie. Dziękuję!</translation>
    </message>
    <message>
        <source>Hello! I have sent a cancellation request for order {order}. Could you please approve it and not ship the order? Thank you!</source>
        <translation>Dzień dobry! Moja prośba o anulowanie zamówienia {order} została już wysłana. Proszę o jej zatwierdzenie i niewysyłanie zamówienia. Dziękuję!</translation>
    </message>
    <message>
        <source>Hello! I understand the item in order {order} is out of stock. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Dzień dobry! Rozumiem, że produktu z zamówienia {order} nie ma na stanie. Nie będę samodzielnie anulować zamówienia: jeśli wysyłka nie będzie możliwa, zamówienie zamknie się automatycznie po upływie czasu na wysyłkę, a płatność zostanie zwrócona. Dziękuję!</translation>
    </message>
    <message>
        <source>Hello! Order {order} was paid at the price shown when I ordered; please ship it at that price. I won&apos;t cancel the order myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you!</source>
        <translation>Dzień dobry! Zamówienie {order} zostało opłacone według ceny widocznej w chwili składania zamówienia; proszę je wysłać po tej cenie. Nie będę samodzielnie anulować zamówienia: jeśli wysyłka nie będzie możliwa, zamówienie zamknie się automatycznie po upływie czasu na wysyłkę, a płatność zostanie zwrócona. Dziękuję!</translation>
    </message>
    <message>
        <source>Hello! You asked me to cancel order {order}. I&apos;d rather not cancel it myself: if you can&apos;t ship it, the order will close automatically when the shipping time runs out, and the payment will be refunded. Thank you for understanding!</source>
        <translation>Dzień dobry! Proszą mnie Państwo o anulowanie zamówienia {order}. Wolę nie anulować go samodzielnie: jeśli wysyłka nie będzie możliwa, zamówienie zamknie się automatycznie po upływie czasu na wysyłkę, a płatność zostanie zwrócona. Dziękuję za zrozumienie!</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Powód: {reason}.</translation>
    </message>
    <message>
        <source>Order {order}, item “{item}”</source>
        <translation>Zamówienie {order}, produkt „{item}”</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Zamówienie {order}</translation>
    </message>
    <message>
        <source>ordered on {date}</source>
        <translation>złożone {date}</translation>
    </message>
    <message>
        <source>shipped on {date}</source>
        <translation>wysłane {date}</translation>
    </message>
    <message>
        <source>received on {date}</source>
        <translation>odebrane {date}</translation>
    </message>
    <message>
        <source>delivered on {date} according to the tracking</source>
        <translation>dostarczone {date} według danych śledzenia</translation>
    </message>
    <message>
        <source>{about}: {dates}.</source>
        <translation>{about}: {dates}.</translation>
    </message>
    <message>
        <source>I ask for a full refund.</source>
        <translation>Proszę o pełny zwrot pieniędzy.</translation>
    </message>
    <message>
        <source>[amount]</source>
        <translation>[kwota]</translation>
    </message>
    <message>
        <source>I ask for a partial refund of {amount} and will keep the item, or a full refund if I return it.</source>
        <translation>Proszę o częściowy zwrot pieniędzy w wysokości {amount} z zatrzymaniem produktu albo o pełny zwrot pieniędzy, jeśli produkt odeślę.</translation>
    </message>
    <message numerus="yes">
        <source>I attach %n photo(s) or video(s) that show it.</source>
        <translation>
            <numerusform>Załączam %n zdjęcie lub nagranie, które to pokazuje.</numerusform>
            <numerusform>Załączam %n zdjęcia lub nagrania, które to pokazują.</numerusform>
            <numerusform>Załączam %n zdjęć lub nagrań, które to pokazują.</numerusform>
        </translation>
    </message>
    <message>
        <source>[Attach photos or a video that show it, and say so here.]</source>
        <translation>[Załącz zdjęcia lub nagranie wideo, które to pokazują, i wspomnij o tym tutaj.]</translation>
    </message>
    <message>
        <source>I attach screenshots of the tracking ({count}).</source>
        <translation>Załączam zrzuty ekranu ze śledzenia przesyłki ({count}).</translation>
    </message>
    <message>
        <source>[Attach screenshots of the tracking, and say so here.]</source>
        <translation>[Załącz zrzuty ekranu ze śledzenia przesyłki i wspomnij o tym tutaj.]</translation>
    </message>
    <message>
        <source>[date of shipment]</source>
        <translation>[data wysyłki]</translation>
    </message>
    <message>
        <source>[date you received it]</source>
        <translation>[data odbioru]</translation>
    </message>
    <message>
        <source>[date of delivery]</source>
        <translation>[data doręczenia]</translation>
    </message>
    <message>
        <source>The tracking hasn&apos;t been updated since [date of the last update], and I haven&apos;t received the parcel.</source>
        <translation>Śledzenie przesyłki nie było aktualizowane od [data ostatniej aktualizacji], a przesyłka do mnie nie dotarła.</translation>
    </message>
    <message>
        <source>The tracking shows the parcel going to [the other destination or country], not to my address.</source>
        <translation>Według śledzenia przesyłka zmierza w inne miejsce: [inne miejsce docelowe lub kraj], a nie na mój adres.</translation>
    </message>
    <message>
        <source>Buyer protection ends soon and the parcel still hasn&apos;t arrived; the tracking last showed [last tracking event].</source>
        <translation>Ochrona kupującego wkrótce się kończy, a przesyłka wciąż nie dotarła; ostatni status śledzenia: [ostatnie zdarzenie w śledzeniu].</translation>
    </message>
    <message>
        <source>The tracking shows the parcel returned to the sender on [date]; I never received it.</source>
        <translation>Według śledzenia przesyłka została zwrócona do nadawcy [data]; nigdy do mnie nie dotarła.</translation>
    </message>
    <message>
        <source>The parcel is held at customs since [date]: [what customs says].</source>
        <translation>Przesyłka jest zatrzymana w urzędzie celnym od [data]: [co podaje urząd celny].</translation>
    </message>
    <message>
        <source>The listing promised: [what the listing said]. What arrived: [what you received].</source>
        <translation>Opis oferty: [co podawała oferta]. Co dotarło: [co otrzymano].</translation>
    </message>
    <message>
        <source>The item doesn&apos;t work: [what happens when you use it]. The listing promised: [what the listing said].</source>
        <translation>Produkt nie działa: [co się dzieje podczas używania]. Opis oferty: [co podawała oferta].</translation>
    </message>
    <message>
        <source>The item arrived damaged: [what is damaged].</source>
        <translation>Produkt dotarł uszkodzony: [co jest uszkodzone].</translation>
    </message>
    <message>
        <source>I ordered [what you ordered], but received [what arrived].</source>
        <translation>Zamówiony produkt: [co zamówiono]; otrzymany produkt: [co dotarło].</translation>
    </message>
    <message>
        <source>I ordered [number] pieces, but only [number] arrived.</source>
        <translation>Zamówiona liczba sztuk: [liczba]; dotarło tylko: [liczba].</translation>
    </message>
    <message>
        <source>The listing promised a genuine [brand] product, but what arrived is a counterfeit: [what shows it].</source>
        <translation>Oferta obiecywała oryginalny produkt marki [marka], ale dotarła podróbka: [co na to wskazuje].</translation>
    </message>
    <message>
        <source>The parcel arrived empty: it weighs [weight] instead of [expected weight].</source>
        <translation>Przesyłka dotarła pusta: waży [waga] zamiast [oczekiwana waga].</translation>
    </message>
    <message>
        <source>parcel not received, tracking not updated</source>
        <translation>przesyłka nie dotarła, brak aktualizacji śledzenia</translation>
    </message>
    <message>
        <source>parcel not received, sent to another destination</source>
        <translation>przesyłka nie dotarła, wysłana w inne miejsce</translation>
    </message>
    <message>
        <source>parcel not received, delivery period ending</source>
        <translation>przesyłka nie dotarła, kończy się czas dostawy</translation>
    </message>
    <message>
        <source>parcel not received, returned to the sender</source>
        <translation>przesyłka nie dotarła, zwrócona do nadawcy</translation>
    </message>
    <message>
        <source>parcel not received, held at customs</source>
        <translation>przesyłka nie dotarła, zatrzymana w urzędzie celnym</translation>
    </message>
    <message>
        <source>item not as described</source>
        <translation>produkt niezgodny z opisem</translation>
    </message>
    <message>
        <source>item defective or doesn&apos;t work</source>
        <translation>produkt wadliwy lub niedziałający</translation>
    </message>
    <message>
        <source>item damaged</source>
        <translation>produkt uszkodzony</translation>
    </message>
    <message>
        <source>wrong item sent</source>
        <translation>wysłano niewłaściwy produkt</translation>
    </message>
    <message>
        <source>quantity short</source>
        <translation>niepełna ilość</translation>
    </message>
    <message>
        <source>counterfeit item</source>
        <translation>podrobiony produkt</translation>
    </message>
    <message>
        <source>empty parcel</source>
        <translation>pusta przesyłka</translation>
    </message>
</context>
<context>
    <name>event</name>
    <message>
        <source>paid</source>
        <translation>płatność</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>wysyłka</translation>
    </message>
    <message>
        <source>tracking-update</source>
        <translation>aktualizacja śledzenia</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>doręczenie</translation>
    </message>
    <message>
        <source>received</source>
        <translation>potwierdzenie odbioru</translation>
    </message>
    <message>
        <source>cancel-requested</source>
        <translation>prośba o anulowanie</translation>
    </message>
    <message>
        <source>cancel-approved</source>
        <translation>zatwierdzenie anulowania</translation>
    </message>
    <message>
        <source>cancel-rejected</source>
        <translation>odrzucenie anulowania</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowanie</translation>
    </message>
    <message>
        <source>extension-requested</source>
        <translation>prośba o przedłużenie</translation>
    </message>
    <message>
        <source>protection-extended</source>
        <translation>przedłużenie ochrony</translation>
    </message>
    <message>
        <source>dispute-opened</source>
        <translation>otwarcie sporu</translation>
    </message>
    <message>
        <source>dispute-cancelled</source>
        <translation>anulowanie sporu</translation>
    </message>
    <message>
        <source>seller-responded</source>
        <translation>odpowiedź sprzedawcy</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskalacja</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decyzja</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>odwołanie</translation>
    </message>
    <message>
        <source>refund-issued</source>
        <translation>zlecenie zwrotu</translation>
    </message>
    <message>
        <source>refund-received</source>
        <translation>otrzymanie zwrotu</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>złożenie zamówienia</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edycja</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>przeniesienie do kosza</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócenie</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events</source>
        <translation>Zrzuty ekranu strony śledzenia przesyłki z datami ostatnich zdarzeń</translation>
    </message>
    <message>
        <source>Screenshots of your chat with the seller</source>
        <translation>Zrzuty ekranu Twojego czatu ze sprzedawcą</translation>
    </message>
    <message>
        <source>An unboxing video, from the sealed parcel to its contents</source>
        <translation>Nagranie z rozpakowania, od zamkniętej przesyłki po jej zawartość</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options)</source>
        <translation>Zrzut ekranu oferty (opis, zdjęcia, wybrane opcje)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (no update for a long time)</source>
        <translation>Zrzuty ekranu strony śledzenia przesyłki z datami ostatnich zdarzeń (długo bez aktualizacji)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (another destination, country or post office)</source>
        <translation>Zrzuty ekranu strony śledzenia przesyłki z datami ostatnich zdarzeń (inne miejsce docelowe, kraj lub urząd pocztowy)</translation>
    </message>
    <message>
        <source>A screenshot of your delivery address on the order page</source>
        <translation>Zrzut ekranu Twojego adresu dostawy na stronie zamówienia</translation>
    </message>
    <message>
        <source>A statement from your post office that the parcel didn&apos;t arrive there</source>
        <translation>Zaświadczenie z Twojego urzędu pocztowego, że przesyłka tam nie dotarła</translation>
    </message>
    <message>
        <source>A screenshot of the buyer protection countdown on the order page</source>
        <translation>Zrzut ekranu odliczania ochrony kupującego na stronie zamówienia</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (the return to the sender)</source>
        <translation>Zrzuty ekranu strony śledzenia przesyłki z datami ostatnich zdarzeń (zwrot do nadawcy)</translation>
    </message>
    <message>
        <source>Screenshots of the tracking page, with the dates of its last events (held at customs)</source>
        <translation>Zrzuty ekranu strony śledzenia przesyłki z datami ostatnich zdarzeń (zatrzymanie w urzędzie celnym)</translation>
    </message>
    <message>
        <source>The customs or post-office statement or notice about the parcel</source>
        <translation>Zaświadczenie lub zawiadomienie urzędu celnego albo poczty w sprawie przesyłki</translation>
    </message>
    <message>
        <source>Photos of each difference from the listing</source>
        <translation>Zdjęcia każdej różnicy względem oferty</translation>
    </message>
    <message>
        <source>For size problems: a photo with a ruler next to the item, and its size label</source>
        <translation>Przy problemach z rozmiarem: zdjęcie z linijką obok produktu oraz jego metka z rozmiarem</translation>
    </message>
    <message>
        <source>A video showing that it doesn&apos;t work</source>
        <translation>Nagranie pokazujące, że produkt nie działa</translation>
    </message>
    <message>
        <source>Photos of the defect</source>
        <translation>Zdjęcia wady</translation>
    </message>
    <message>
        <source>Photos of each damage</source>
        <translation>Zdjęcia każdego uszkodzenia</translation>
    </message>
    <message>
        <source>Photos of the parcel and its packaging as it arrived</source>
        <translation>Zdjęcia przesyłki i jej opakowania w stanie, w jakim dotarła</translation>
    </message>
    <message>
        <source>A post-office statement if the parcel arrived damaged</source>
        <translation>Zaświadczenie z poczty, jeśli przesyłka dotarła uszkodzona</translation>
    </message>
    <message>
        <source>Photos of what arrived, next to the listing&apos;s photos</source>
        <translation>Zdjęcia tego, co dotarło, obok zdjęć z oferty</translation>
    </message>
    <message>
        <source>Photos of the labels and markings of what arrived</source>
        <translation>Zdjęcia etykiet i oznaczeń tego, co dotarło</translation>
    </message>
    <message>
        <source>A photo of everything that arrived, laid out and counted</source>
        <translation>Zdjęcie całej zawartości przesyłki, rozłożonej i policzonej</translation>
    </message>
    <message>
        <source>A weight photo of the parcel on scales</source>
        <translation>Zdjęcie przesyłki na wadze, z widocznym odczytem</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) showing the quantity</source>
        <translation>Zrzut ekranu oferty (opis, zdjęcia, wybrane opcje) pokazujący ilość</translation>
    </message>
    <message>
        <source>Photos of each difference from the genuine product (logos, labels, serial numbers)</source>
        <translation>Zdjęcia każdej różnicy względem oryginalnego produktu (logo, etykiety, numery seryjne)</translation>
    </message>
    <message>
        <source>A screenshot of the listing (description, photos, chosen options) claiming the brand</source>
        <translation>Zrzut ekranu oferty (opis, zdjęcia, wybrane opcje) podającej markę</translation>
    </message>
    <message>
        <source>Photos of the empty parcel and its packaging</source>
        <translation>Zdjęcia pustej przesyłki i jej opakowania</translation>
    </message>
    <message>
        <source>A post-office statement of the parcel&apos;s weight on delivery</source>
        <translation>Zaświadczenie z poczty o wadze przesyłki przy doręczeniu</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, MP4, MOV or WebM</source>
        <translation>JPEG, PNG, WebP, HEIC, MP4, MOV lub WebM</translation>
    </message>
    <message>
        <source>{name} is an AVIF image; only {formats} files can be attached</source>
        <translation>{name} to obraz AVIF; można dołączać tylko pliki {formats}</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a named pipe or a device); only files can be attached</source>
        <translation>{path} nie jest zwykłym plikiem (to potok nazwany lub urządzenie); można dołączać tylko pliki</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} nie istnieje</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo or video</source>
        <translation>{path} to folder, a nie zdjęcie ani film</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read (no permission)</source>
        <translation>nie można odczytać {path} (brak uprawnień)</translation>
    </message>
    <message>
        <source>{path} can&apos;t be read: {reason}</source>
        <translation>nie można odczytać {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>plik {name} jest pusty</translation>
    </message>
    <message>
        <source>{name} is larger than 4 GB</source>
        <translation>plik {name} jest większy niż 4 GB</translation>
    </message>
    <message>
        <source>{name} is not a photo or video that can be kept ({formats})</source>
        <translation>{name} nie jest zdjęciem ani filmem, które można przechowywać ({formats})</translation>
    </message>
    <message>
        <source>{name} has no pixels</source>
        <translation>{name} nie zawiera pikseli</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels, too large to keep (at most {megapixels} megapixels and {side} pixels a side)</source>
        <translation>{name} ma {width}×{height} pikseli — za dużo do przechowania (maksymalnie {megapixels} megapikseli i {side} pikseli na bok)</translation>
    </message>
    <message>
        <source>{name} is too large to open safely (a decompression bomb?)</source>
        <translation>plik {name} jest za duży, by bezpiecznie go otworzyć (bomba dekompresyjna?)</translation>
    </message>
    <message>
        <source>{name} is not a readable image</source>
        <translation>{name} nie jest czytelnym obrazem</translation>
    </message>
    <message>
        <source>{name} is damaged or cut off ({reason})</source>
        <translation>plik {name} jest uszkodzony lub niekompletny ({reason})</translation>
    </message>
    <message>
        <source>{sha256} is not a SHA-256; no cached file is made for it</source>
        <translation>{sha256} nie jest skrótem SHA-256; nie zostanie dla niego utworzony plik w pamięci podręcznej</translation>
    </message>
    <message>
        <source>{source} can&apos;t be read: {reason}</source>
        <translation>nie można odczytać {source}: {reason}</translation>
    </message>
    <message>
        <source>{name} changed while it was being attached; try again</source>
        <translation>plik {name} zmienił się podczas dołączania; spróbuj ponownie</translation>
    </message>
    <message>
        <source>{name} is not a readable image: {reason}</source>
        <translation>{name} nie jest czytelnym obrazem: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable video: {reason}</source>
        <translation>{name} nie jest czytelnym filmem: {reason}</translation>
    </message>
    <message>
        <source>too many boxes</source>
        <translation>za dużo bloków</translation>
    </message>
    <message>
        <source>it ends in the middle of a box (cut off?)</source>
        <translation>kończy się w połowie bloku (plik ucięty?)</translation>
    </message>
    <message>
        <source>a box has an impossible size ({size} bytes)</source>
        <translation>blok ma niemożliwy rozmiar ({size} B)</translation>
    </message>
    <message>
        <source>a box runs past the end of the file (cut off?)</source>
        <translation>blok wykracza poza koniec pliku (plik ucięty?)</translation>
    </message>
    <message>
        <source>it does not start with a valid file-type box</source>
        <translation>nie zaczyna się od prawidłowego bloku typu pliku</translation>
    </message>
    <message>
        <source>{name} is not a readable image: it has no image header (meta box)</source>
        <translation>{name} nie jest czytelnym obrazem: brak nagłówka obrazu (blok meta)</translation>
    </message>
    <message>
        <source>it has two movie headers</source>
        <translation>ma dwa nagłówki filmu</translation>
    </message>
    <message>
        <source>it has no movie header (moov box)</source>
        <translation>brak nagłówka filmu (blok moov)</translation>
    </message>
    <message>
        <source>it has no media data</source>
        <translation>brak danych multimedialnych</translation>
    </message>
    <message>
        <source>its movie header is implausibly large</source>
        <translation>nagłówek filmu jest nieprawdopodobnie duży</translation>
    </message>
    <message>
        <source>it has no video track</source>
        <translation>brak ścieżki wideo</translation>
    </message>
    <message>
        <source>it ends in the middle of an element (cut off?)</source>
        <translation>kończy się w połowie elementu (plik ucięty?)</translation>
    </message>
    <message>
        <source>an element has an invalid length</source>
        <translation>element ma nieprawidłową długość</translation>
    </message>
    <message>
        <source>an element has an invalid ID</source>
        <translation>element ma nieprawidłowy identyfikator</translation>
    </message>
    <message>
        <source>an element runs past the end of the file (cut off?)</source>
        <translation>element wykracza poza koniec pliku (plik ucięty?)</translation>
    </message>
    <message>
        <source>too many elements</source>
        <translation>za dużo elementów</translation>
    </message>
    <message>
        <source>an element inside the header has an unknown size</source>
        <translation>element w nagłówku ma nieznany rozmiar</translation>
    </message>
    <message>
        <source>its EBML header is invalid</source>
        <translation>nagłówek EBML jest nieprawidłowy</translation>
    </message>
    <message>
        <source>it is not a WebM or Matroska file</source>
        <translation>to nie jest plik WebM ani Matroska</translation>
    </message>
    <message>
        <source>it has no segment after its header</source>
        <translation>brak segmentu po nagłówku</translation>
    </message>
    <message>
        <source>its track or info header has an invalid size</source>
        <translation>nagłówek ścieżki lub informacji ma nieprawidłowy rozmiar</translation>
    </message>
    <message>
        <source>it has no frames</source>
        <translation>brak klatek</translation>
    </message>
    <message>
        <source>a block inside a cluster has an unknown size</source>
        <translation>blok w klastrze ma nieznany rozmiar</translation>
    </message>
    <message>
        <source>no files to attach</source>
        <translation>brak plików do dołączenia</translation>
    </message>
    <message>
        <source>attach at most {limit} files at a time</source>
        <translation>maksymalna liczba plików dołączanych naraz: {limit}</translation>
    </message>
    <message>
        <source>{file} is not an image</source>
        <translation>{file} nie jest obrazem</translation>
    </message>
    <message>
        <source>a thumbnail is between 16 and 2048 pixels a side</source>
        <translation>miniatura musi mieć od 16 do 2048 pikseli na bok</translation>
    </message>
    <message>
        <source>the stored file of {file} is missing (run &apos;dispute-desk doctor&apos;)</source>
        <translation>brak przechowywanego pliku dla {file} (uruchom &apos;dispute-desk doctor&apos;)</translation>
    </message>
    <message>
        <source>evidence item {name} of order {order}: {reason}</source>
        <translation>dowód {name} zamówienia {order}: {reason}</translation>
    </message>
    <message>
        <source>evidence file missing: {name} of order {order} ({path})</source>
        <translation>brak pliku dowodu: {name} zamówienia {order} ({path})</translation>
    </message>
    <message>
        <source>evidence file damaged (its content changed): {name} of order {order} ({path})</source>
        <translation>uszkodzony plik dowodu (zmieniła się jego zawartość): {name} zamówienia {order} ({path})</translation>
    </message>
    <message>
        <source>a caption can be at most {limit} characters</source>
        <translation>podpis może mieć najwyżej {limit} znaków</translation>
    </message>
    <message>
        <source>no evidence item {id}</source>
        <translation>brak dowodu {id}</translation>
    </message>
    <message>
        <source>{path} appeared while the pack was being written; nothing was replaced</source>
        <translation>w trakcie zapisywania pakietu utworzono {path}; niczego nie zastąpiono</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} to plik, a nie folder</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder (nothing is overwritten)</source>
        <translation>{path} już istnieje; wybierz inny folder (nic nie zostanie nadpisane)</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose another folder</source>
        <translation>folder {path} już istnieje i nie jest pusty; wybierz inny folder</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} to folder; podaj nazwę pliku</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>folder {path} nie istnieje</translation>
    </message>
    <message>
        <source>can&apos;t write {path}: {reason}</source>
        <translation>nie można zapisać {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>the processing time</source>
        <translation>czas realizacji</translation>
    </message>
    <message>
        <source>the ship-by time</source>
        <translation>termin wysyłki</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>numer przesyłki</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>przewoźnik</translation>
    </message>
    <message>
        <source>the end of buyer protection</source>
        <translation>koniec ochrony kupującego</translation>
    </message>
    <message>
        <source>the protection countdown</source>
        <translation>odliczanie ochrony</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>the refund asked for</source>
        <translation>żądany zwrot</translation>
    </message>
    <message>
        <source>a return of the item</source>
        <translation>zwrot produktu</translation>
    </message>
    <message>
        <source>the seller&apos;s offer</source>
        <translation>oferta sprzedawcy</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>wynik</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>liczba dni</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>produkt</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Oczekuje na płatność</translation>
    </message>
    <message>
        <source>Payment being checked</source>
        <translation>Weryfikacja płatności</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Oczekuje na wysyłkę</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Cancellation requested</source>
        <translation>Prośba o anulowanie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Dispute open</source>
        <translation>Spór otwarty</translation>
    </message>
    <message>
        <source>Dispute escalated</source>
        <translation>Spór eskalowany</translation>
    </message>
    <message>
        <source>Dispute decided</source>
        <translation>Spór rozstrzygnięty</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Zwrot w toku</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrot zakończony</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Unpaid order closes</source>
        <translation>Zamknięcie nieopłaconego zamówienia</translation>
    </message>
    <message>
        <source>Payment check ends</source>
        <translation>Koniec weryfikacji płatności</translation>
    </message>
    <message>
        <source>Seller must ship</source>
        <translation>Termin wysyłki</translation>
    </message>
    <message>
        <source>Cancellation auto-approved</source>
        <translation>Automatyczne zatwierdzenie anulowania</translation>
    </message>
    <message>
        <source>Ask for extension</source>
        <translation>Poproś o przedłużenie</translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation>Koniec ochrony</translation>
    </message>
    <message>
        <source>&quot;Not received&quot; dispute possible</source>
        <translation>Możliwy spór o nieotrzymaną przesyłkę</translation>
    </message>
    <message>
        <source>Dispute window ends</source>
        <translation>Koniec okresu na otwarcie sporu</translation>
    </message>
    <message>
        <source>Seller must respond</source>
        <translation>Termin odpowiedzi sprzedawcy</translation>
    </message>
    <message>
        <source>Dispute escalates</source>
        <translation>Eskalacja sporu</translation>
    </message>
    <message>
        <source>Ship the return</source>
        <translation>Odeślij produkt</translation>
    </message>
    <message>
        <source>Refund expected</source>
        <translation>Oczekiwany zwrot pieniędzy</translation>
    </message>
    <message>
        <source>PayPal dispute window ends</source>
        <translation>Koniec okresu na spór w PayPal</translation>
    </message>
    <message>
        <source>Chargeback window ends</source>
        <translation>Koniec okresu na chargeback</translation>
    </message>
    <message>
        <source>Platform&apos;s decision expected</source>
        <translation>Oczekiwana decyzja platformy</translation>
    </message>
    <message>
        <source>Appeal window ends</source>
        <translation>Koniec okresu na odwołanie</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>po terminie %1</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{name} is not a readable XLSX workbook ({reason})</source>
        <translation>{name} nie jest czytelnym skoroszytem XLSX ({reason})</translation>
    </message>
    <message>
        <source>{name} holds {count} parts, more than a workbook of orders does</source>
        <translation>{name} zawiera więcej części ({count}), niż ma skoroszyt z zamówieniami</translation>
    </message>
    <message>
        <source>{name}: {part} would expand {ratio} times ({size} MB from a small file); that is not a spreadsheet of orders (a zip bomb?)</source>
        <translation>{name}: część {part} po rozpakowaniu zwiększyłaby się {ratio}-krotnie ({size} MB z małego pliku); to nie jest arkusz zamówień (bomba zip?)</translation>
    </message>
    <message>
        <source>{name}: {part} is {size} MB, too large to read</source>
        <translation>{name}: część {part} ma {size} MB — za dużo, by ją odczytać</translation>
    </message>
    <message>
        <source>{name} would expand to {size} MB, too large to read</source>
        <translation>po rozpakowaniu {name} zajmie {size} MB — za dużo do odczytania</translation>
    </message>
    <message>
        <source>{name} has no sheet &quot;{sheet}&quot;</source>
        <translation>{name} nie zawiera arkusza „{sheet}”</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read ({reason})</source>
        <translation>{name}: nie można odczytać arkusza „{sheet}” ({reason})</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; has no column {names}</source>
        <translation>{name}: arkusz „{sheet}” nie ma kolumny {names}</translation>
    </message>
    <message>
        <source>{name}: sheet &quot;{sheet}&quot; can&apos;t be read after line {line} ({reason})</source>
        <translation>{name}: nie można odczytać arkusza „{sheet}” po wierszu {line} ({reason})</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>puste pole: {what}</translation>
    </message>
    <message>
        <source>{what} {value} is not a whole number of cents</source>
        <translation>{what}: {value} nie jest całkowitą liczbą centów</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a number of cents</source>
        <translation>{what}: „{value}” nie jest liczbą centów</translation>
    </message>
    <message>
        <source>{what} &quot;{value}&quot; is not a whole number of cents</source>
        <translation>{what}: „{value}” nie jest całkowitą liczbą centów</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>gmt_create_order_time is empty</source>
        <translation>puste pole: gmt_create_order_time</translation>
    </message>
    <message>
        <source>item_name is empty</source>
        <translation>puste pole: item_name</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>identyfikator zamówienia</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numer zamówienia</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>data zamówienia</translation>
    </message>
    <message>
        <source>order time</source>
        <translation>czas zamówienia</translation>
    </message>
    <message>
        <source>payment time</source>
        <translation>czas płatności</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>puste pole: {what}</translation>
    </message>
    <message>
        <source>the {what} {value} was stored as a number and may have lost digits; export ids as text</source>
        <translation>zapisano jako liczbę: {what} {value}; mogły zostać utracone cyfry — eksportuj identyfikatory jako tekst</translation>
    </message>
    <message>
        <source>the {what} &quot;{text}&quot; was rounded by a spreadsheet; export ids as text</source>
        <translation>arkusz kalkulacyjny zaokrąglił wartość: {what} „{text}”; eksportuj identyfikatory jako tekst</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an {what}</source>
        <translation>„{text}” nie jest poprawną wartością ({what})</translation>
    </message>
    <message>
        <source>&quot;{shown}&quot; is not an {what}: {message}</source>
        <translation>„{shown}” nie jest poprawną wartością ({what}): {message}</translation>
    </message>
    <message>
        <source>the quantity &quot;{text}&quot; is not a whole number of items</source>
        <translation>ilość „{text}” nie jest całkowitą liczbą sztuk</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>kolumna {column} jest pusta</translation>
    </message>
    <message>
        <source>order {order} is in {currency} on line {line} but in {other} here</source>
        <translation>zamówienie {order} ma w wierszu {line} walutę {currency}, a tutaj {other}</translation>
    </message>
    <message numerus="yes">
        <source>none of the first %n row(s) can be read (line {line}: {message}); it is not an order file of this kind</source>
        <translation>
            <numerusform>nie można odczytać pierwszego wiersza (%n) (wiersz {line}: {message}); to nie jest plik zamówień tego rodzaju</numerusform>
            <numerusform>nie można odczytać żadnego z pierwszych %n wierszy (wiersz {line}: {message}); to nie jest plik zamówień tego rodzaju</numerusform>
            <numerusform>nie można odczytać żadnego z pierwszych %n wierszy (wiersz {line}: {message}); to nie jest plik zamówień tego rodzaju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more row(s) can&apos;t be read</source>
        <translation>
            <numerusform>…i jeszcze %n wiersz jest nieczytelny</numerusform>
            <numerusform>…i jeszcze %n wiersze są nieczytelne</numerusform>
            <numerusform>…i jeszcze %n wierszy jest nieczytelnych</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>plik {name} jest pusty</translation>
    </message>
    <message>
        <source>{name} is a workbook without the sheet &quot;{sheet}&quot; of AliExpress&apos;s data backup (it has: {sheets})</source>
        <translation>{name} to skoroszyt bez arkusza „{sheet}” z kopii danych AliExpress (zawiera: {sheets})</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>brak arkuszy</translation>
    </message>
    <message>
        <source>{name} is not an order file Dispute Desk knows (its first line is &quot;{shown}&quot;)</source>
        <translation>{name} nie jest plikiem zamówień znanym Dispute Desk (pierwszy wiersz: „{shown}”)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>brak pliku do zaimportowania</translation>
    </message>
    <message>
        <source>these files are in different formats; import them one by one: {listed}</source>
        <translation>te pliki mają różne formaty; zaimportuj je po kolei: {listed}</translation>
    </message>
    <message>
        <source>import {format} files one at a time</source>
        <translation>pliki {format} importuj pojedynczo</translation>
    </message>
    <message>
        <source>can&apos;t read {names} as {format}: {reason}</source>
        <translation>nie można odczytać {names} jako {format}: {reason}</translation>
    </message>
    <message>
        <source>{format} is not a file format</source>
        <translation>{format} nie jest formatem pliku</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} to folder, a nie plik</translation>
    </message>
    <message>
        <source>can&apos;t read {path}: {reason}</source>
        <translation>nie można odczytać {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is an empty list: there are no orders in it</source>
        <translation>{name} to pusta lista: nie ma w niej zamówień</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (or its first item is over 64 KB)</source>
        <translation>{name} nie jest poprawnym plikiem JSON (lub jego pierwszy element przekracza 64 KB)</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply to be an order list</source>
        <translation>{name} ma zbyt głęboko zagnieżdżone listy lub obiekty, by być listą zamówień</translation>
    </message>
    <message>
        <source>{name} is JSON, but not the Shopper Inventory order list (no orderId keys)</source>
        <translation>{name} to JSON, ale nie lista zamówień Shopper Inventory (brak kluczy orderId)</translation>
    </message>
    <message>
        <source>message {message} is larger than {size} MB; not a notification</source>
        <translation>wiadomość {message} jest większa niż {size} MB; to nie jest powiadomienie</translation>
    </message>
    <message>
        <source>message {message} has {size} KB of headers; not a notification</source>
        <translation>wiadomość {message} ma {size} KB nagłówków; to nie jest powiadomienie</translation>
    </message>
    <message>
        <source>message {message} has more encoded header words than a notification</source>
        <translation>wiadomość {message} ma więcej zakodowanych fragmentów nagłówków niż powiadomienie</translation>
    </message>
    <message>
        <source>message {message} nests more parts than a notification</source>
        <translation>wiadomość {message} zagnieżdża więcej części niż powiadomienie</translation>
    </message>
    <message>
        <source>message {message} nests its parts too deeply</source>
        <translation>wiadomość {message} ma zbyt głęboko zagnieżdżone części</translation>
    </message>
    <message>
        <source>can&apos;t read the e-mail</source>
        <translation>nie można odczytać e-maila</translation>
    </message>
    <message>
        <source>message {message} can&apos;t be read ({reason})</source>
        <translation>nie można odczytać wiadomości {message} ({reason})</translation>
    </message>
    <message>
        <source>message {message} is not from AliExpress (from &quot;{sender}&quot;)</source>
        <translation>wiadomość {message} nie pochodzi od AliExpress (nadawca: „{sender}”)</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) has no readable Date</source>
        <translation>wiadomość {message} („{subject}”) nie ma czytelnego nagłówka Date</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) is not a shipping or delivery notice</source>
        <translation>wiadomość {message} („{subject}”) nie jest powiadomieniem o wysyłce ani doręczeniu</translation>
    </message>
    <message>
        <source>message {message} (&quot;{subject}&quot;) names no order number or tracking number</source>
        <translation>wiadomość {message} („{subject}”) nie podaje numeru zamówienia ani numeru przesyłki</translation>
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
        <translation>Kopia danych AliExpress (XLSX)</translation>
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
        <translation>wiersze zamówień rozdzielone tabulatorami</translation>
    </message>
    <message>
        <source>AliExpress notification e-mails</source>
        <translation>e-maile z powiadomieniami AliExpress</translation>
    </message>
    <message>
        <source>order page text</source>
        <translation>tekst strony zamówienia</translation>
    </message>
    <message>
        <source>{name} is neither the orders nor the order lines file of AliExpress-Order-Export</source>
        <translation>{name} nie jest ani plikiem zamówień, ani plikiem pozycji zamówień z AliExpress-Order-Export</translation>
    </message>
    <message>
        <source>order_title is empty</source>
        <translation>puste pole: order_title</translation>
    </message>
    <message>
        <source>no countdown in &quot;{text}&quot;</source>
        <translation>brak odliczania w „{text}”</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: minutes and seconds go up to 59</source>
        <translation>„{text}” to nie jest odliczanie: minuty i sekundy mogą wynosić najwyżej 59</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a countdown: more than 3650 days</source>
        <translation>„{text}” to nie jest odliczanie: ponad 3650 dni</translation>
    </message>
    <message>
        <source>total: {reason}</source>
        <translation>suma: {reason}</translation>
    </message>
    <message>
        <source>item price: {reason}</source>
        <translation>cena produktu: {reason}</translation>
    </message>
    <message>
        <source>still missing: {names}</source>
        <translation>jeszcze brakuje: {names}</translation>
    </message>
    <message>
        <source>the order time is in the future</source>
        <translation>czas zamówienia jest w przyszłości</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a JSON order list of more than {limit} MB can&apos;t be imported (export it as CSV, or in parts)</source>
        <translation>{name} ma {size} MB; listy zamówień JSON większej niż {limit} MB nie można zaimportować (wyeksportuj ją jako CSV lub w częściach)</translation>
    </message>
    <message>
        <source>{name} is not a JSON list of orders</source>
        <translation>{name} nie jest listą zamówień w formacie JSON</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}: {reason})</source>
        <translation>{name} nie jest poprawnym plikiem JSON (wiersz {line}: {reason})</translation>
    </message>
    <message>
        <source>{name} nests lists or objects too deeply (line {line}); an order list is a few levels deep</source>
        <translation>{name} ma zbyt głęboko zagnieżdżone listy lub obiekty (wiersz {line}); lista zamówień ma tylko kilka poziomów</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (a list item is not followed by , or ])</source>
        <translation>{name} nie jest poprawnym plikiem JSON (po elemencie listy nie ma , ani ])</translation>
    </message>
    <message>
        <source>this list item is not an object</source>
        <translation>ten element listy nie jest obiektem</translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation>puste pole: title</translation>
    </message>
    <message>
        <source>orderDate is empty</source>
        <translation>puste pole: orderDate</translation>
    </message>
    <message>
        <source>no file {path}</source>
        <translation>brak pliku {path}</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a named pipe or a device); only files can be imported</source>
        <translation>{name} nie jest zwykłym plikiem (to potok nazwany lub urządzenie); można importować tylko pliki</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {limit} MB)</source>
        <translation>plik {name} jest za duży do zaimportowania ({size} MB; maksymalnie {limit} MB)</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding this computer knows</source>
        <translation>„{encoding}” nie jest kodowaniem znanym na tym komputerze</translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines; split it into smaller files (an import is checked as a whole before anything is written)</source>
        <translation>{name} ma więcej niż {limit} wierszy; podziel go na mniejsze pliki (import jest sprawdzany w całości, zanim cokolwiek zostanie zapisane)</translation>
    </message>
    <message>
        <source>the first line can&apos;t be read as a CSV header ({reason})</source>
        <translation>nie można odczytać pierwszego wiersza jako nagłówka CSV ({reason})</translation>
    </message>
    <message>
        <source>line {line} can&apos;t be read ({reason})</source>
        <translation>nie można odczytać wiersza {line} ({reason})</translation>
    </message>
    <message>
        <source>this row can&apos;t be read ({reason})</source>
        <translation>nie można odczytać tego wiersza ({reason})</translation>
    </message>
    <message>
        <source>line {line} is longer than {size} MB of text</source>
        <translation>wiersz {line} ma ponad {size} MB tekstu</translation>
    </message>
    <message>
        <source>this row can&apos;t be read (a field is longer than {size} MB of text)</source>
        <translation>nie można odczytać tego wiersza (pole ma ponad {size} MB tekstu)</translation>
    </message>
    <message>
        <source>a field is longer than {size} MB of text</source>
        <translation>pole zawiera ponad {size} MB tekstu</translation>
    </message>
    <message>
        <source>{event} on {time}Z is in the future</source>
        <translation>zdarzenie {event} z {time}Z jest w przyszłości</translation>
    </message>
    <message>
        <source>the order date {date} is in the future</source>
        <translation>data zamówienia {date} jest w przyszłości</translation>
    </message>
    <message numerus="yes">
        <source>new order, %n line(s), {event}</source>
        <translation>
            <numerusform>nowe zamówienie, %n pozycja, {event}</numerusform>
            <numerusform>nowe zamówienie, %n pozycje, {event}</numerusform>
            <numerusform>nowe zamówienie, %n pozycji, {event}</numerusform>
        </translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it to import it again</source>
        <translation>zamówienie {order} jest w koszu; przywróć je, aby zaimportować je ponownie</translation>
    </message>
    <message>
        <source>status “{status}” not recorded: {reason}</source>
        <translation>nie zapisano statusu „{status}”: {reason}</translation>
    </message>
    <message>
        <source>already imported, nothing changed</source>
        <translation>już zaimportowano, nic się nie zmieniło</translation>
    </message>
    <message>
        <source>adds {events}</source>
        <translation>dodaje: {events}</translation>
    </message>
    <message>
        <source>the source rows changed</source>
        <translation>zmieniły się wiersze źródłowe</translation>
    </message>
    <message>
        <source>order {order}: {reason}</source>
        <translation>zamówienie {order}: {reason}</translation>
    </message>
    <message>
        <source>order {order} is not in Dispute Desk</source>
        <translation>zamówienia {order} nie ma w Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: order {order} is not in Dispute Desk; import the order first</source>
        <translation>wiadomość {message}: zamówienia {order} nie ma w Dispute Desk; najpierw zaimportuj zamówienie</translation>
    </message>
    <message>
        <source>the parcel {tracking} is not in Dispute Desk</source>
        <translation>przesyłki {tracking} nie ma w Dispute Desk</translation>
    </message>
    <message>
        <source>message {message}: the parcel {tracking} is not in Dispute Desk; import the order first</source>
        <translation>wiadomość {message}: przesyłki {tracking} nie ma w Dispute Desk; najpierw zaimportuj zamówienie</translation>
    </message>
    <message>
        <source>the order is in the trash</source>
        <translation>zamówienie jest w koszu</translation>
    </message>
    <message>
        <source>{event}: already known</source>
        <translation>{event}: już zapisano</translation>
    </message>
    <message>
        <source>the e-mail is dated in the future ({time})</source>
        <translation>e-mail ma datę z przyszłości ({time})</translation>
    </message>
    <message>
        <source>message {message} (order {order}): {reason}</source>
        <translation>wiadomość {message} (zamówienie {order}): {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>notatka: {note}</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>import anulowano; nic nie zaimportowano</translation>
    </message>
    <message>
        <source>{files} has no orders in it</source>
        <translation>{files} nie zawiera zamówień</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n row(s) of {files} could be read as {format} (line {line}: {reason})</source>
        <translation>
            <numerusform>nie udało się odczytać jedynego wiersza (%n) w {files} jako {format} (wiersz {line}: {reason})</numerusform>
            <numerusform>nie udało się odczytać żadnego z %n wierszy w {files} jako {format} (wiersz {line}: {reason})</numerusform>
            <numerusform>nie udało się odczytać żadnego z %n wierszy w {files} jako {format} (wiersz {line}: {reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;{format}&quot; (one of: {choices})</source>
        <translation>nieznany format „{format}” (dostępne: {choices})</translation>
    </message>
    <message>
        <source>can&apos;t read {files} as {format}: {reason}</source>
        <translation>nie można odczytać {files} jako {format}: {reason}</translation>
    </message>
</context>
<context>
    <name>input</name>
    <message>
        <source>&quot;{text}&quot; is not a whole number</source>
        <translation>„{text}” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot;</source>
        <translation>nieznana waluta „{code}”</translation>
    </message>
    <message>
        <source>try &quot;2026-02-21&quot;, &quot;Feb 21, 2026&quot; or &quot;21.02.2026&quot;</source>
        <translation>spróbuj „2026-02-21”, „Feb 21, 2026” lub „21.02.2026”</translation>
    </message>
    <message>
        <source>can&apos;t read &quot;{text}&quot; as a date ({reason})</source>
        <translation>nie można odczytać „{text}” jako daty ({reason})</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last}</source>
        <translation>rok musi mieścić się w zakresie od {first} do {last}</translation>
    </message>
    <message>
        <source>enter a date, such as &quot;2026-02-21&quot;</source>
        <translation>wpisz datę, np. „2026-02-21”</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>taka data nie istnieje</translation>
    </message>
    <message>
        <source>with AM or PM the hour goes from 1 to 12</source>
        <translation>przy AM lub PM godzina musi mieścić się w zakresie od 1 do 12</translation>
    </message>
    <message>
        <source>no such time of day</source>
        <translation>taka godzina nie istnieje</translation>
    </message>
    <message>
        <source>give the year with four digits</source>
        <translation>podaj rok czterema cyframi</translation>
    </message>
    <message>
        <source>it gives the weeks twice</source>
        <translation>tygodnie podano dwukrotnie</translation>
    </message>
    <message>
        <source>it gives the days twice</source>
        <translation>dni podano dwukrotnie</translation>
    </message>
    <message>
        <source>it gives the hours twice</source>
        <translation>godziny podano dwukrotnie</translation>
    </message>
    <message>
        <source>it gives the minutes twice</source>
        <translation>minuty podano dwukrotnie</translation>
    </message>
    <message>
        <source>it gives the seconds twice</source>
        <translation>sekundy podano dwukrotnie</translation>
    </message>
    <message>
        <source>try &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>spróbuj „12d 05:33:10” lub „5 h”</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a duration ({reason})</source>
        <translation>nie można odczytać {text} jako czasu trwania ({reason})</translation>
    </message>
    <message>
        <source>minutes and seconds go up to 59</source>
        <translation>minuty i sekundy mogą wynosić najwyżej 59</translation>
    </message>
    <message>
        <source>use whole minutes and seconds</source>
        <translation>podaj pełne minuty i sekundy</translation>
    </message>
    <message>
        <source>enter a duration, such as &quot;12d 05:33:10&quot; or &quot;5 hours&quot;</source>
        <translation>wpisz czas trwania, np. „12d 05:33:10” lub „5 h”</translation>
    </message>
    <message>
        <source>a duration can&apos;t be negative: {text}</source>
        <translation>czas trwania nie może być ujemny: {text}</translation>
    </message>
    <message>
        <source>that is more than 3650 days</source>
        <translation>to ponad 3650 dni</translation>
    </message>
    <message>
        <source>it is not a whole number of seconds</source>
        <translation>to nie jest całkowita liczba sekund</translation>
    </message>
    <message>
        <source>try &quot;12.34&quot; or &quot;US $12.34&quot;</source>
        <translation>spróbuj „12,34” lub „US $12.34”</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as an amount ({reason})</source>
        <translation>nie można odczytać {text} jako kwoty ({reason})</translation>
    </message>
    <message>
        <source>&quot;{symbol}&quot; is not a currency we know</source>
        <translation>„{symbol}” nie jest znaną walutą</translation>
    </message>
    <message>
        <source>it names two currencies, {first} and {second}</source>
        <translation>podano dwie waluty: {first} i {second}</translation>
    </message>
    <message>
        <source>it mixes thousands separators</source>
        <translation>użyto różnych separatorów tysięcy</translation>
    </message>
    <message>
        <source>thousands go in groups of three digits</source>
        <translation>tysiące zapisuje się w grupach po trzy cyfry</translation>
    </message>
    <message>
        <source>enter an amount, such as &quot;12.34&quot;</source>
        <translation>wpisz kwotę, np. „12,34”</translation>
    </message>
    <message>
        <source>an amount can&apos;t be negative: {text}</source>
        <translation>kwota nie może być ujemna: {text}</translation>
    </message>
    <message>
        <source>{text} is in {currency}, but the amount should be in {expected}</source>
        <translation>{text} jest w walucie {currency}, a kwota powinna być w {expected}</translation>
    </message>
    <message>
        <source>that is more than 10^12</source>
        <translation>to ponad 10^12</translation>
    </message>
    <message numerus="yes">
        <source>{currency} has %n decimal(s)</source>
        <translation>
            <numerusform>{currency} ma %n miejsce po przecinku</numerusform>
            <numerusform>{currency} ma %n miejsca po przecinku</numerusform>
            <numerusform>{currency} ma %n miejsc po przecinku</numerusform>
        </translation>
    </message>
    <message>
        <source>try &quot;2026-03-01 14:30&quot; or &quot;2026-03-01T14:30+03:00&quot;</source>
        <translation>spróbuj „2026-03-01 14:30” lub „2026-03-01T14:30+03:00”</translation>
    </message>
    <message>
        <source>can&apos;t read {text} as a date and time ({reason})</source>
        <translation>nie można odczytać {text} jako daty i godziny ({reason})</translation>
    </message>
    <message>
        <source>&quot;{offset}&quot; is not a time zone offset</source>
        <translation>„{offset}” nie jest przesunięciem strefy czasowej</translation>
    </message>
    <message>
        <source>{time} does not exist in your time zone (the clocks jump forward); add an offset such as {offset}</source>
        <translation>{time} nie istnieje w Twojej strefie czasowej (zegary przesuwają się do przodu); dodaj przesunięcie, np. {offset}</translation>
    </message>
    <message>
        <source>{time} happens twice in your time zone (the clocks go back); add an offset: {first} for the first time or {second} for the second</source>
        <translation>{time} występuje w Twojej strefie czasowej dwukrotnie (zegary cofają się); dodaj przesunięcie: {first} dla pierwszego wystąpienia lub {second} dla drugiego</translation>
    </message>
    <message>
        <source>no such date or time</source>
        <translation>taka data lub godzina nie istnieje</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Median delivery (days)</source>
        <translation>Mediana dostawy (dni)</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Ostatnie zamówienie</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Unikaj</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Twoja notatka</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>unikać</translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation>nieoznaczony</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Niestandardowy…</translation>
    </message>
    <message>
        <source>Tracking stalled</source>
        <translation>Brak aktualizacji śledzenia</translation>
    </message>
    <message>
        <source>Wrong destination</source>
        <translation>Błędny adres docelowy</translation>
    </message>
    <message>
        <source>Delivery period ending</source>
        <translation>Kończy się czas dostawy</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Zwrócono do nadawcy</translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation>Zatrzymano w urzędzie celnym</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Niezgodny z opisem</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Wadliwy</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Uszkodzony</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Niewłaściwy produkt</translation>
    </message>
    <message>
        <source>Quantity short</source>
        <translation>Niepełna ilość</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Podróbka</translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation>Pusta przesyłka</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>a store needs a name</source>
        <translation>sklep musi mieć nazwę</translation>
    </message>
    <message>
        <source>the note is too long ({count} characters; at most {limit})</source>
        <translation>notatka jest za długa (liczba znaków: {count}; maksymalnie {limit})</translation>
    </message>
    <message>
        <source>a rate converts another currency into the home currency, not the home currency itself</source>
        <translation>kurs przelicza inną walutę na walutę główną, a nie samą walutę główną</translation>
    </message>
    <message>
        <source>a rate must be a positive number</source>
        <translation>kurs musi być liczbą dodatnią</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid: %2</source>
        <translation>Sklep „%1” oznaczono jako do unikania: %2</translation>
    </message>
    <message>
        <source>You marked “%1” as a store to avoid.</source>
        <translation>Sklep „%1” oznaczono jako do unikania.</translation>
    </message>
    <message>
        <source>%1, store marked avoid</source>
        <translation>%1, sklep oznaczony do unikania</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>≈ %1 in all, converted at your rates (an estimate, not what was paid)</source>
        <translation>≈ %1 łącznie, przeliczone po Twoich kursach (szacunek, nie faktycznie zapłacona kwota)</translation>
    </message>
    <message>
        <source>without %1: no rate for the time of payment</source>
        <translation>bez %1: brak kursu z czasu płatności</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Żądane w sporach</translation>
    </message>
    <message>
        <source>Refunds received</source>
        <translation>Otrzymane zwroty</translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation>Jeszcze oczekujące</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Disputed: what the disputes opened in the period asked for. Refunds received: every refund in the period. Still pending: what open and won disputes have yet to pay.</source>
        <translation>Żądane w sporach: kwoty, o które wnioskowano w sporach otwartych w tym okresie. Otrzymane zwroty: wszystkie zwroty pieniędzy w tym okresie. Jeszcze oczekujące: kwoty, które otwarte i wygrane spory mają jeszcze wypłacić.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Łącznie</translation>
    </message>
    <message>
        <source>%1: %2 days (median of %3)</source>
        <translation>%1: %2 dni (mediana z %3)</translation>
    </message>
    <message>
        <source>How long they took: %1</source>
        <translation>Czas trwania: %1</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Przesyłki</translation>
    </message>
    <message>
        <source>Days from shipped to delivered</source>
        <translation>Dni od wysłania do doręczenia</translation>
    </message>
    <message>
        <source>any carrier</source>
        <translation>dowolny przewoźnik</translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Śledzenie przesyłki: %1</translation>
    </message>
    <message>
        <source>Opens the carrier&apos;s tracking page in your browser</source>
        <translation>Otwiera stronę śledzenia przewoźnika w przeglądarce</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>unknown reason &quot;{reason}&quot; (one of: {choices})</source>
        <translation>nieznany powód „{reason}” (dostępne: {choices})</translation>
    </message>
    <message>
        <source>the ship-by time needs a date, a time and a time zone</source>
        <translation>termin wysyłki wymaga daty, godziny i strefy czasowej</translation>
    </message>
    <message>
        <source>the ship-by time must be after the payment</source>
        <translation>termin wysyłki musi przypadać po płatności</translation>
    </message>
    <message>
        <source>the order was never paid and has closed by itself, so there is nothing to dispute.</source>
        <translation>zamówienie nie zostało opłacone i zamknęło się samo, więc nie ma podstaw do sporu.</translation>
    </message>
    <message>
        <source>the seller didn&apos;t ship in time: the order closes by itself and the money comes back.</source>
        <translation>sprzedawca nie wysłał na czas: zamówienie zamknie się samo, a pieniądze wrócą.</translation>
    </message>
    <message>
        <source>a dispute is already open.</source>
        <translation>spór jest już otwarty.</translation>
    </message>
    <message>
        <source>the parcel hasn&apos;t arrived yet: a dispute about what arrived needs the goods in your hands. If it doesn&apos;t come, choose a &quot;not received&quot; reason.</source>
        <translation>przesyłka jeszcze nie dotarła: spór dotyczący otrzymanego towaru wymaga, by towar był w Twoich rękach. Jeśli przesyłka nie dotrze, wybierz jeden z powodów „Nie dotarła”.</translation>
    </message>
    <message>
        <source>too early: this dispute can be opened from {time}.</source>
        <translation>za wcześnie: ten spór można otworzyć od {time}.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>dla tego produktu był już spór; po anulowanym sporze nowy można otworzyć tylko w trakcie ochrony kupującego, a ta zakończyła się {time}.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and it ended at {time}.</source>
        <translation>dla tego zamówienia był już spór; po anulowanym sporze nowy można otworzyć tylko w trakcie ochrony kupującego, a ta zakończyła się {time}.</translation>
    </message>
    <message>
        <source>the dispute window closed at {time}, so the dispute can&apos;t be opened any more.</source>
        <translation>okres na otwarcie sporu minął {time}, więc nie można go już otworzyć.</translation>
    </message>
    <message>
        <source>a dispute about this item is already open.</source>
        <translation>spór dotyczący tego produktu jest już otwarty.</translation>
    </message>
    <message>
        <source>a dispute about this order is already open.</source>
        <translation>spór dotyczący tego zamówienia jest już otwarty.</translation>
    </message>
    <message>
        <source>this item already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>dla tego produktu był już spór i został on rozstrzygnięty lub zakończony zwrotem pieniędzy.</translation>
    </message>
    <message>
        <source>this order already had a dispute, and the dispute has been decided or refunded.</source>
        <translation>dla tego zamówienia był już spór i został on rozstrzygnięty lub zakończony zwrotem pieniędzy.</translation>
    </message>
    <message>
        <source>you confirmed receipt, so a &quot;not received&quot; dispute can&apos;t be opened any more; if something is wrong with what arrived, choose a reason for that instead.</source>
        <translation>odbiór został potwierdzony, więc nie można już otworzyć sporu o nieotrzymaną przesyłkę; jeśli coś jest nie tak z tym, co dotarło, wybierz odpowiedni powód.</translation>
    </message>
    <message>
        <source>this item already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>dla tego produktu był już spór; po anulowanym sporze nowy można otworzyć tylko w trakcie ochrony kupującego, a potwierdzenie odbioru ją zakończyło.</translation>
    </message>
    <message>
        <source>this order already had a dispute; after a cancelled one, a new dispute can be opened only while buyer protection runs, and confirming receipt ended it.</source>
        <translation>dla tego zamówienia był już spór; po anulowanym sporze nowy można otworzyć tylko w trakcie ochrony kupującego, a potwierdzenie odbioru ją zakończyło.</translation>
    </message>
    <message>
        <source>buyer protection ends before this dispute could be opened.</source>
        <translation>ochrona kupującego kończy się, zanim będzie można otworzyć ten spór.</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid, so there is nothing to dispute.</source>
        <translation>zamówienie nie jest opłacone, więc nie ma podstaw do sporu.</translation>
    </message>
    <message>
        <source>the order is cancelled, so there is nothing to dispute.</source>
        <translation>zamówienie jest anulowane, więc nie ma podstaw do sporu.</translation>
    </message>
    <message>
        <source>the order hasn&apos;t shipped yet, so a dispute can&apos;t be opened: ask to cancel instead.</source>
        <translation>zamówienie nie zostało jeszcze wysłane, więc nie można otworzyć sporu: zamiast tego poproś o anulowanie.</translation>
    </message>
    <message>
        <source>a refund for this order is already on its way, so there is nothing to dispute.</source>
        <translation>zwrot pieniędzy za to zamówienie jest już w drodze, więc nie ma podstaw do sporu.</translation>
    </message>
    <message>
        <source>the order is refunded, so there is nothing to dispute.</source>
        <translation>pieniądze za zamówienie zostały zwrócone, więc nie ma podstaw do sporu.</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: none).</source>
        <translation>zamówienie nie ma produktu {line} (jego produkty: brak).</translation>
    </message>
    <message>
        <source>the order has no item {line} (its items: {items}).</source>
        <translation>zamówienie nie ma produktu {line} (jego produkty: {items}).</translation>
    </message>
    <message>
        <source>the platform already decided a dispute about the whole order.</source>
        <translation>platforma już rozstrzygnęła spór dotyczący całego zamówienia.</translation>
    </message>
    <message>
        <source>item {line} is refunded in full, so there is nothing to dispute.</source>
        <translation>za produkt {line} zwrócono już całą kwotę, więc nie ma podstaw do sporu.</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>numer zamówienia jest pusty</translation>
    </message>
    <message>
        <source>the order number contains a line break, a tab or another invisible character</source>
        <translation>numer zamówienia zawiera znak nowego wiersza, tabulator lub inny niewidoczny znak</translation>
    </message>
    <message>
        <source>the order number contains a space: copy the number alone</source>
        <translation>numer zamówienia zawiera spację: skopiuj sam numer</translation>
    </message>
    <message>
        <source>an order number can&apos;t contain / or \ or ..</source>
        <translation>numer zamówienia nie może zawierać / ani \ ani ..</translation>
    </message>
    <message>
        <source>an order number has only letters, digits, - and _ (and starts with a letter or a digit); this one has &quot;{bad}&quot;</source>
        <translation>numer zamówienia zawiera tylko litery, cyfry, - i _ (i zaczyna się od litery lub cyfry); ten zawiera „{bad}”</translation>
    </message>
    <message>
        <source>the order number has {length} characters; no shop&apos;s numbers are longer than {limit}</source>
        <translation>numer zamówienia ma za dużo znaków ({length}); w żadnym sklepie numery nie są dłuższe niż {limit}</translation>
    </message>
    <message>
        <source>the order number has {length} digits; AliExpress order numbers have at most {most}</source>
        <translation>numer zamówienia ma za dużo cyfr ({length}); numery zamówień AliExpress mają najwyżej {most}</translation>
    </message>
    <message>
        <source>not an AliExpress order number (those are 15 to 20 digits); fine if the order is from another shop</source>
        <translation>to nie jest numer zamówienia AliExpress (te mają od 15 do 20 cyfr); to nic, jeśli zamówienie pochodzi z innego sklepu</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{zone}&quot; (use &quot;local&quot; or a name such as America/Los_Angeles)</source>
        <translation>nieznana strefa czasowa „{zone}” (użyj „local” lub nazwy, np. Europe/Warsaw)</translation>
    </message>
    <message>
        <source>{rule}: expected yes or no</source>
        <translation>{rule}: oczekiwano wartości tak lub nie</translation>
    </message>
    <message>
        <source>{rule}: expected &quot;local&quot; or a time zone name such as America/Los_Angeles</source>
        <translation>{rule}: oczekiwano „local” lub nazwy strefy czasowej, np. Europe/Warsaw</translation>
    </message>
    <message>
        <source>{rule}: expected a range for each of {names}</source>
        <translation>{rule}: oczekiwano zakresu dla każdego z: {names}</translation>
    </message>
    <message>
        <source>{rule}: this value can&apos;t be changed</source>
        <translation>{rule}: tej wartości nie można zmienić</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of days from 0 to 3650</source>
        <translation>{rule}: oczekiwano całkowitej liczby dni od 0 do 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of hours from 0 to 3650</source>
        <translation>{rule}: oczekiwano całkowitej liczby godzin od 0 do 3650</translation>
    </message>
    <message>
        <source>{rule}: expected a whole number of {unit} from 0 to 3650</source>
        <translation>{rule}: oczekiwano liczby całkowitej od 0 do 3650 ({unit})</translation>
    </message>
    <message>
        <source>{rule}: expected a range with min and max</source>
        <translation>{rule}: oczekiwano zakresu z wartościami min i max</translation>
    </message>
    <message>
        <source>{rule}: min and max must be whole numbers</source>
        <translation>{rule}: min i max muszą być liczbami całkowitymi</translation>
    </message>
    <message>
        <source>{rule}: min must not exceed max (0 to 3650)</source>
        <translation>{rule}: min nie może być większe niż max (od 0 do 3650)</translation>
    </message>
    <message>
        <source>no rule profile named &quot;{profile}&quot;</source>
        <translation>brak profilu reguł o nazwie „{profile}”</translation>
    </message>
    <message>
        <source>reminder lead times: expected a list of durations such as [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</source>
        <translation>czasy przypomnień: oczekiwano listy czasów trwania, np. [&quot;7d&quot;, &quot;48h&quot;, &quot;2h&quot;]</translation>
    </message>
    <message>
        <source>reminder lead times: at most {count}</source>
        <translation>czasy przypomnień: najwyżej {count}</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is no time before a deadline</source>
        <translation>czasy przypomnień: „{lead}” to zerowe wyprzedzenie przed terminem</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{lead}&quot; is more than a year</source>
        <translation>czasy przypomnień: „{lead}” to ponad rok</translation>
    </message>
    <message>
        <source>reminder lead times: &quot;{first}&quot; and &quot;{second}&quot; are the same</source>
        <translation>czasy przypomnień: „{first}” i „{second}” to ten sam czas</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day such as 22:00</source>
        <translation>„{text}” nie jest godziną, np. 22:00</translation>
    </message>
    <message>
        <source>the order is not paid yet</source>
        <translation>zamówienie nie jest jeszcze opłacone</translation>
    </message>
    <message>
        <source>the order is paid and waiting to be shipped</source>
        <translation>zamówienie jest opłacone i czeka na wysyłkę</translation>
    </message>
    <message>
        <source>a cancellation request is pending</source>
        <translation>prośba o anulowanie czeka na rozpatrzenie</translation>
    </message>
    <message>
        <source>the order is cancelled</source>
        <translation>zamówienie jest anulowane</translation>
    </message>
    <message>
        <source>the order has shipped</source>
        <translation>zamówienie zostało wysłane</translation>
    </message>
    <message>
        <source>receipt is already confirmed</source>
        <translation>odbiór jest już potwierdzony</translation>
    </message>
    <message>
        <source>a dispute is open</source>
        <translation>trwa spór</translation>
    </message>
    <message>
        <source>the dispute is escalated and waits for the platform&apos;s decision</source>
        <translation>spór został eskalowany i czeka na decyzję platformy</translation>
    </message>
    <message>
        <source>the dispute has been decided</source>
        <translation>spór został rozstrzygnięty</translation>
    </message>
    <message>
        <source>a refund is on its way</source>
        <translation>zwrot pieniędzy jest w drodze</translation>
    </message>
    <message>
        <source>the order is refunded</source>
        <translation>pieniądze za zamówienie zostały zwrócone</translation>
    </message>
    <message>
        <source>the platform decided the dispute about the order</source>
        <translation>platforma rozstrzygnęła spór dotyczący zamówienia</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet</source>
        <translation>zamówienie nie zostało jeszcze wysłane</translation>
    </message>
    <message>
        <source>it isn&apos;t paid yet</source>
        <translation>zamówienie nie jest jeszcze opłacone</translation>
    </message>
    <message>
        <source>a dispute is open: confirming receipt would end it in the seller&apos;s favour</source>
        <translation>trwa spór: potwierdzenie odbioru zakończyłoby go na korzyść sprzedawcy</translation>
    </message>
    <message>
        <source>there is no open dispute to escalate</source>
        <translation>nie ma otwartego sporu do eskalacji</translation>
    </message>
    <message>
        <source>an unpaid order needs no request: it closes by itself, or record it as cancelled</source>
        <translation>nieopłacone zamówienie nie wymaga prośby: zamknie się samo; możesz też zapisać je jako anulowane</translation>
    </message>
    <message>
        <source>it has shipped, so it can&apos;t be cancelled any more: wait for the parcel or open a dispute</source>
        <translation>zamówienie zostało wysłane, więc nie można go już anulować: poczekaj na przesyłkę lub otwórz spór</translation>
    </message>
    <message>
        <source>it hasn&apos;t shipped yet: ask to cancel instead</source>
        <translation>zamówienie nie zostało jeszcze wysłane: zamiast tego poproś o anulowanie</translation>
    </message>
    <message>
        <source>there is no open dispute to cancel</source>
        <translation>nie ma otwartego sporu do anulowania</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: {reason}</source>
        <translation>nie można zapisać zdarzenia „{event}”: {reason}</translation>
    </message>
    <message>
        <source>{event} can&apos;t happen before the order was placed</source>
        <translation>zdarzenie „{event}” nie może nastąpić przed złożeniem zamówienia</translation>
    </message>
    <message>
        <source>an item can&apos;t be named for {event}: it is about the whole order</source>
        <translation>dla zdarzenia „{event}” nie można wskazać produktu: dotyczy ono całego zamówienia</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return, since there is nothing to send back</source>
        <translation>w sporze o nieotrzymaną przesyłkę nie można żądać zwrotu produktu, bo nie ma czego odesłać</translation>
    </message>
    <message>
        <source>the dispute is open and waits for the seller or the platform</source>
        <translation>spór jest otwarty i czeka na sprzedawcę lub platformę</translation>
    </message>
    <message>
        <source>the dispute has been decided with a return of the item</source>
        <translation>spór rozstrzygnięto ze zwrotem produktu</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund is on its way</source>
        <translation>zwrot pieniędzy ze sporu jest w drodze</translation>
    </message>
    <message>
        <source>the dispute&apos;s refund arrived</source>
        <translation>zwrot pieniędzy ze sporu dotarł</translation>
    </message>
    <message>
        <source>the dispute was cancelled</source>
        <translation>spór został anulowany</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: several items have a dispute (items {items}); say which item</source>
        <translation>nie można zapisać zdarzenia „{event}”: spór dotyczy kilku produktów (produkty {items}); wskaż, którego</translation>
    </message>
    <message>
        <source>a dispute can be appealed only once, and this one was</source>
        <translation>od decyzji w sporze można się odwołać tylko raz, a w tym sporze już to zrobiono</translation>
    </message>
    <message>
        <source>there is no decision against you to appeal</source>
        <translation>nie ma niekorzystnej dla Ciebie decyzji, od której można się odwołać</translation>
    </message>
    <message>
        <source>the appeal window closed at {time}</source>
        <translation>okres na odwołanie minął {time}</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the dispute is about ({scope})</source>
        <translation>„{event}”: {amount} to więcej niż kwota sporu ({scope})</translation>
    </message>
    <message>
        <source>there is no open dispute to answer</source>
        <translation>nie ma otwartego sporu, na który można odpowiedzieć</translation>
    </message>
    <message>
        <source>there is no open dispute to decide</source>
        <translation>nie ma otwartego sporu do rozstrzygnięcia</translation>
    </message>
    <message>
        <source>there is no decided dispute to appeal</source>
        <translation>nie ma rozstrzygniętego sporu, od którego można się odwołać</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the ship-by time had run out ({ship_by}), so the order closes by itself and the money comes back</source>
        <translation>nie można zapisać zdarzenia „{event}” z czasem {time}: termin wysyłki już minął ({ship_by}), więc zamówienie zamknie się samo, a pieniądze wrócą</translation>
    </message>
    <message>
        <source>protection already ended at {time}</source>
        <translation>ochrona zakończyła się już {time}</translation>
    </message>
    <message>
        <source>tracking already shows the parcel delivered</source>
        <translation>według śledzenia przesyłka została już dostarczona</translation>
    </message>
    <message>
        <source>can&apos;t record {event}: the new end is not later than the old one</source>
        <translation>nie można zapisać zdarzenia „{event}”: nowy koniec nie jest późniejszy niż poprzedni</translation>
    </message>
    <message>
        <source>{event}: the amount must be more than zero</source>
        <translation>„{event}”: kwota musi być większa od zera</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than the order total {total}</source>
        <translation>„{event}”: {amount} to więcej niż suma zamówienia ({total})</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than item {line} cost ({cost})</source>
        <translation>„{event}”: {amount} to więcej niż cena produktu {line} ({cost})</translation>
    </message>
    <message>
        <source>{event}: the outcome must be full, partial or rejected</source>
        <translation>„{event}”: wynik musi mieć wartość full, partial lub rejected</translation>
    </message>
    <message>
        <source>{event}: a partial refund needs its amount</source>
        <translation>„{event}”: częściowy zwrot pieniędzy wymaga podania kwoty</translation>
    </message>
    <message>
        <source>{event}: only a full refund comes with a return; with a partial one you keep the item</source>
        <translation>„{event}”: tylko pełny zwrot pieniędzy wiąże się ze zwrotem produktu; przy częściowym zatrzymujesz produkt</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of the order ({left} of {total})</source>
        <translation>„{event}”: {amount} to więcej, niż pozostało do zwrotu za zamówienie ({left} z {total})</translation>
    </message>
    <message>
        <source>{event}: {amount} is more than is left to refund of item {line} ({left} of {cost})</source>
        <translation>„{event}”: {amount} to więcej, niż pozostało do zwrotu za produkt {line} ({left} z {cost})</translation>
    </message>
    <message>
        <source>can&apos;t record {event} at {time}: the later {later} of {later_time} would no longer fit ({reason})</source>
        <translation>nie można zapisać zdarzenia „{event}” z czasem {time}: późniejsze zdarzenie „{later}” z {later_time} nie pasowałoby już ({reason})</translation>
    </message>
    <message>
        <source>the store is empty</source>
        <translation>nie podano sklepu</translation>
    </message>
    <message>
        <source>the tracking number is empty</source>
        <translation>nie podano numeru przesyłki</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>nie podano nazwy</translation>
    </message>
    <message>
        <source>the tracking number is too long (at most {limit} characters)</source>
        <translation>numer przesyłki jest za długi (maksymalnie {limit} znaków)</translation>
    </message>
    <message>
        <source>the store is too long (at most {limit} characters)</source>
        <translation>nazwa sklepu jest za długa (maksymalnie {limit} znaków)</translation>
    </message>
    <message>
        <source>the title is too long (at most {limit} characters)</source>
        <translation>nazwa jest za długa (maksymalnie {limit} znaków)</translation>
    </message>
    <message>
        <source>unknown event &quot;{event}&quot; (one of: {choices})</source>
        <translation>nieznane zdarzenie „{event}” (dostępne: {choices})</translation>
    </message>
    <message>
        <source>{event} doesn&apos;t take {fields}</source>
        <translation>zdarzenie „{event}” nie przyjmuje: {fields}</translation>
    </message>
    <message>
        <source>give the end of buyer protection or its countdown, not both</source>
        <translation>podaj koniec ochrony kupującego albo jej odliczanie, nie oba naraz</translation>
    </message>
    <message>
        <source>give the processing time or the ship-by time, not both</source>
        <translation>podaj czas realizacji albo termin wysyłki, nie oba naraz</translation>
    </message>
    <message>
        <source>a note needs its text</source>
        <translation>notatka musi mieć treść</translation>
    </message>
    <message>
        <source>processing days must be between 1 and 365</source>
        <translation>liczba dni realizacji musi mieścić się w zakresie od 1 do 365</translation>
    </message>
    <message>
        <source>the protection countdown must be more than zero</source>
        <translation>odliczanie ochrony musi być większe od zera</translation>
    </message>
    <message>
        <source>buyer protection must end after the event</source>
        <translation>ochrona kupującego musi kończyć się po zdarzeniu</translation>
    </message>
    <message>
        <source>{event} needs the new end of buyer protection, its countdown or the days it was extended by</source>
        <translation>zdarzenie „{event}” wymaga podania nowego końca ochrony kupującego, jej odliczania lub liczby dni przedłużenia</translation>
    </message>
    <message>
        <source>the number of days must be between 1 and 365</source>
        <translation>liczba dni musi mieścić się w zakresie od 1 do 365</translation>
    </message>
    <message>
        <source>{event} needs a reason (one of: {choices})</source>
        <translation>zdarzenie „{event}” wymaga powodu (dostępne: {choices})</translation>
    </message>
    <message>
        <source>a &quot;not received&quot; dispute can&apos;t ask for a return: there is nothing to send back</source>
        <translation>w sporze o nieotrzymaną przesyłkę nie można żądać zwrotu produktu: nie ma czego odesłać</translation>
    </message>
    <message>
        <source>an item is named by its number: 1, 2, …</source>
        <translation>produkt wskazuje się jego numerem: 1, 2, …</translation>
    </message>
    <message>
        <source>the outcome must be one of {choices}</source>
        <translation>wynik musi być jednym z: {choices}</translation>
    </message>
    <message>
        <source>{event} needs an outcome: full, partial or rejected</source>
        <translation>zdarzenie „{event}” wymaga wyniku: full, partial lub rejected</translation>
    </message>
    <message>
        <source>payment method must be one of {choices}</source>
        <translation>metoda płatności musi być jedną z: {choices}</translation>
    </message>
    <message>
        <source>the total must be an amount of zero or more</source>
        <translation>suma musi być kwotą równą zero lub większą</translation>
    </message>
    <message>
        <source>can&apos;t edit {field}</source>
        <translation>nie można edytować pola {field}</translation>
    </message>
    <message>
        <source>the order isn&apos;t paid yet: the seller&apos;s time to ship starts with the payment</source>
        <translation>zamówienie nie jest jeszcze opłacone: czas sprzedawcy na wysyłkę liczy się od płatności</translation>
    </message>
    <message>
        <source>the ship-by time can&apos;t be changed any more: {reason}</source>
        <translation>terminu wysyłki nie można już zmienić: {reason}</translation>
    </message>
    <message>
        <source>unknown status &quot;{status}&quot;</source>
        <translation>nieznany status „{status}”</translation>
    </message>
    <message>
        <source>no order {order}</source>
        <translation>brak zamówienia {order}</translation>
    </message>
    <message>
        <source>order {order} is in the trash; restore it first</source>
        <translation>zamówienie {order} jest w koszu; najpierw je przywróć</translation>
    </message>
    <message>
        <source>the total can&apos;t be negative</source>
        <translation>suma nie może być ujemna</translation>
    </message>
    <message>
        <source>unknown currency &quot;{code}&quot; (use an ISO code such as USD or EUR)</source>
        <translation>nieznana waluta „{code}” (użyj kodu ISO, np. USD lub EUR)</translation>
    </message>
    <message>
        <source>the order date is in the future</source>
        <translation>data zamówienia jest w przyszłości</translation>
    </message>
    <message>
        <source>the payment time is before the order time</source>
        <translation>czas płatności jest wcześniejszy niż czas zamówienia</translation>
    </message>
    <message>
        <source>the payment time is in the future</source>
        <translation>czas płatności jest w przyszłości</translation>
    </message>
    <message>
        <source>give the processing days or the ship-by time, not both</source>
        <translation>podaj dni realizacji albo termin wysyłki, nie oba naraz</translation>
    </message>
    <message>
        <source>the ship-by time must be after the order time</source>
        <translation>termin wysyłki musi przypadać po czasie zamówienia</translation>
    </message>
    <message>
        <source>order {order} already exists</source>
        <translation>zamówienie {order} już istnieje</translation>
    </message>
    <message>
        <source>that time is in the future; record what has happened</source>
        <translation>ten czas jest w przyszłości; zapisuj to, co już się wydarzyło</translation>
    </message>
    <message>
        <source>order {order} is already in the trash</source>
        <translation>zamówienie {order} jest już w koszu</translation>
    </message>
    <message>
        <source>order {order} is not in the trash</source>
        <translation>zamówienia {order} nie ma w koszu</translation>
    </message>
    <message>
        <source>no rule named &quot;{key}&quot;</source>
        <translation>brak reguły o nazwie „{key}”</translation>
    </message>
</context>
<context>
    <name>reminder</name>
    <message numerus="yes">
        <source>{deadline} in %n day(s)</source>
        <translation>
            <numerusform>{deadline} za %n dzień</numerusform>
            <numerusform>{deadline} za %n dni</numerusform>
            <numerusform>{deadline} za %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n hour(s)</source>
        <translation>
            <numerusform>{deadline} za %n godzinę</numerusform>
            <numerusform>{deadline} za %n godziny</numerusform>
            <numerusform>{deadline} za %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>{deadline} in 1 hour</source>
        <translation>{deadline} za godzinę</translation>
    </message>
    <message>
        <source>{deadline} in 1 minute</source>
        <translation>{deadline} za minutę</translation>
    </message>
    <message numerus="yes">
        <source>{deadline} in %n minute(s)</source>
        <translation>
            <numerusform>{deadline} za %n minutę</numerusform>
            <numerusform>{deadline} za %n minuty</numerusform>
            <numerusform>{deadline} za %n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {order} ({store}): {title}</source>
        <translation>Zamówienie {order} ({store}): {title}</translation>
    </message>
    <message>
        <source>Order {order} ({store})</source>
        <translation>Zamówienie {order} ({store})</translation>
    </message>
    <message>
        <source>Order {order}: {title}</source>
        <translation>Zamówienie {order}: {title}</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Zamówienie {order}</translation>
    </message>
    <message>
        <source>Due {time}. {action}</source>
        <translation>Termin: {time}. {action}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Buyer rules of AliExpress as published by the platform, its help centre and buyers&apos; guides. Every value can be changed in Settings.</source>
        <translation>Zasady AliExpress dla kupujących, opublikowane przez platformę, jej centrum pomocy i poradniki dla kupujących. Każdą wartość można zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>published by the platform in its rules</source>
        <translation>opublikowane przez platformę w jej regulaminie</translation>
    </message>
    <message>
        <source>copied from the platform&apos;s help centre or its support answers</source>
        <translation>skopiowane z centrum pomocy platformy lub z odpowiedzi jej obsługi klienta</translation>
    </message>
    <message>
        <source>from a buyer&apos;s guide or forum; not confirmed by the platform</source>
        <translation>z poradnika dla kupujących lub forum; niepotwierdzone przez platformę</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s own choice, not a platform rule</source>
        <translation>własny wybór Dispute Desk, a nie reguła platformy</translation>
    </message>
    <message>
        <source>Unpaid order closes after</source>
        <translation>Nieopłacone zamówienie zamyka się po</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: an unpaid order expires by itself, with no penalty</source>
        <translation>Poradnik dla kupujących: nieopłacone zamówienie wygasa samo, bez żadnych konsekwencji</translation>
    </message>
    <message>
        <source>Payment check lasts</source>
        <translation>Weryfikacja płatności trwa</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: &quot;payment being verified&quot;; Cancel becomes available a day after paying</source>
        <translation>Poradnik dla kupujących: „płatność jest weryfikowana”; anulowanie staje się dostępne dzień po zapłacie</translation>
    </message>
    <message>
        <source>Seller&apos;s processing time when none is entered</source>
        <translation>Czas realizacji sprzedawcy, gdy nie wpisano innego</translation>
    </message>
    <message>
        <source>Typical processing time on listings: 3 to 7 days, some sellers up to 15; the order page shows the real one</source>
        <translation>Typowy czas realizacji w ofertach: od 3 do 7 dni, u niektórych sprzedawców do 15; rzeczywisty pokazuje strona zamówienia</translation>
    </message>
    <message>
        <source>Typical processing time shown on listings: 3 to 7 days (some sellers up to 15)</source>
        <translation>Typowy czas realizacji podawany w ofertach: od 3 do 7 dni (u niektórych sprzedawców do 15)</translation>
    </message>
    <message>
        <source>Cancelling is possible during the payment check</source>
        <translation>Anulowanie jest możliwe w trakcie weryfikacji płatności</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide says no; some help-centre answers say yes</source>
        <translation>Według poradnika dla kupujących nie; według niektórych odpowiedzi centrum pomocy tak</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: Cancel is not offered while the payment is verified</source>
        <translation>Poradnik dla kupujących: anulowanie nie jest dostępne podczas weryfikacji płatności</translation>
    </message>
    <message>
        <source>Some help-centre answers: an order can be cancelled during verification</source>
        <translation>Niektóre odpowiedzi centrum pomocy: zamówienie można anulować w trakcie weryfikacji</translation>
    </message>
    <message>
        <source>Silent seller: cancel request approved after</source>
        <translation>Brak odpowiedzi sprzedawcy: prośba o anulowanie zatwierdzana po</translation>
    </message>
    <message>
        <source>AliExpress rule change of March 2020 (some sources say 72 hours)</source>
        <translation>Zmiana zasad AliExpress z marca 2020 r. (niektóre źródła podają 72 godziny)</translation>
    </message>
    <message>
        <source>AliExpress rule change: a silent seller&apos;s cancellation is approved automatically after 48 hours</source>
        <translation>Zmiana zasad AliExpress: jeśli sprzedawca nie odpowie, anulowanie jest zatwierdzane automatycznie po 48 godzinach</translation>
    </message>
    <message>
        <source>Some buyers&apos; forums: 72 hours</source>
        <translation>Niektóre fora kupujących: 72 godziny</translation>
    </message>
    <message>
        <source>Buyer protection when none is entered</source>
        <translation>Ochrona kupującego, gdy nie wpisano innej</translation>
    </message>
    <message>
        <source>Order page countdown from shipment, typically 60 days (90 for Russia, 120 for Brazil); an entered countdown always wins</source>
        <translation>Odliczanie na stronie zamówienia od wysyłki, zwykle 60 dni (90 dla Rosji, 120 dla Brazylii); wpisane odliczanie ma zawsze pierwszeństwo</translation>
    </message>
    <message>
        <source>Ask for a protection extension this early</source>
        <translation>Poproś o przedłużenie ochrony z takim wyprzedzeniem</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: sellers answer slowly, ask a week before protection ends</source>
        <translation>Poradnik dla kupujących: sprzedawcy odpowiadają powoli, poproś tydzień przed końcem ochrony</translation>
    </message>
    <message>
        <source>Protection left once tracking says delivered</source>
        <translation>Pozostała ochrona po doręczeniu według śledzenia</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut when tracking shows delivered</source>
        <translation>Starsza oficjalna zasada: pozostała ochrona jest skracana, gdy śledzenie pokazuje doręczenie</translation>
    </message>
    <message>
        <source>Older official rule: remaining protection is cut to 5 days when tracking shows delivered</source>
        <translation>Starsza oficjalna zasada: pozostała ochrona jest skracana do 5 dni, gdy śledzenie pokazuje doręczenie</translation>
    </message>
    <message>
        <source>Dispute window after confirming receipt</source>
        <translation>Okres na otwarcie sporu po potwierdzeniu odbioru</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: 15 days after Confirm receipt or completion</source>
        <translation>Ochrona kupującego AliExpress: 15 dni po „Potwierdź odbiór” lub zakończeniu zamówienia</translation>
    </message>
    <message>
        <source>AliExpress buyer protection: a dispute can be opened until 15 days after Confirm receipt or after the order completed</source>
        <translation>Ochrona kupującego AliExpress: spór można otworzyć do 15 dni po „Potwierdź odbiór” lub po zakończeniu zamówienia</translation>
    </message>
    <message>
        <source>Earliest &quot;not received&quot; dispute after shipment</source>
        <translation>Najwcześniejszy spór o nieotrzymaną przesyłkę po wysyłce</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: while tracking moves normally</source>
        <translation>Poradnik dla kupujących: gdy śledzenie aktualizuje się normalnie</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: from the 11th day after shipment while tracking moves normally</source>
        <translation>Poradnik dla kupujących i kopie stron centrum pomocy: od 11. dnia po wysyłce, gdy śledzenie aktualizuje się normalnie</translation>
    </message>
    <message>
        <source>Seller-side rule summary: a refund can be requested 10 days after the seller shipped</source>
        <translation>Podsumowanie zasad dla sprzedawców: o zwrot pieniędzy można wnioskować 10 dni po wysłaniu przez sprzedawcę</translation>
    </message>
    <message>
        <source>Seller must answer a dispute within</source>
        <translation>Sprzedawca musi odpowiedzieć w sporze w ciągu</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: silence means the buyer&apos;s requested refund goes through</source>
        <translation>Zasady sporów AliExpress: brak odpowiedzi oznacza przyznanie zwrotu pieniędzy, o który prosi kupujący</translation>
    </message>
    <message>
        <source>Unresolved dispute escalates after</source>
        <translation>Nierozwiązany spór jest eskalowany po</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide: 16 days, then a claim; newer secondary sources say about 7 days</source>
        <translation>Poradnik dla kupujących: 16 dni, potem roszczenie; nowsze źródła pośrednie podają około 7 dni</translation>
    </message>
    <message>
        <source>Buyer&apos;s guide and help-centre copies: unresolved on the 16th day, the dispute goes to the platform automatically</source>
        <translation>Poradnik dla kupujących i kopie stron centrum pomocy: nierozwiązany do 16. dnia spór trafia automatycznie do platformy</translation>
    </message>
    <message>
        <source>Newer secondary sources: the platform&apos;s dispute officer steps in within 7 days</source>
        <translation>Nowsze źródła pośrednie: pracownik platformy ds. sporów włącza się w ciągu 7 dni</translation>
    </message>
    <message>
        <source>The platform decides an escalated dispute within</source>
        <translation>Platforma rozstrzyga eskalowany spór w ciągu</translation>
    </message>
    <message>
        <source>Help-centre copies: a case-management specialist reviews the escalated dispute; an appeal is usually handled within 10 days</source>
        <translation>Kopie stron centrum pomocy: eskalowany spór rozpatruje specjalista ds. obsługi spraw; odwołanie jest zwykle rozpatrywane w ciągu 10 dni</translation>
    </message>
    <message>
        <source>Help-centre copy: the platform usually answers within 10 days</source>
        <translation>Kopia strony centrum pomocy: platforma zwykle odpowiada w ciągu 10 dni</translation>
    </message>
    <message>
        <source>Ship an agreed return within</source>
        <translation>Odeślij uzgodniony zwrot produktu w ciągu</translation>
    </message>
    <message>
        <source>AliExpress dispute rules</source>
        <translation>Zasady sporów AliExpress</translation>
    </message>
    <message>
        <source>AliExpress dispute rules: after an agreed return the buyer ships within 10 days, or the money goes to the seller</source>
        <translation>Zasady sporów AliExpress: po uzgodnieniu zwrotu kupujący odsyła produkt w ciągu 10 dni, w przeciwnym razie pieniądze trafiają do sprzedawcy</translation>
    </message>
    <message>
        <source>Appeal the platform&apos;s decision within</source>
        <translation>Odwołaj się od decyzji platformy w ciągu</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the decision</source>
        <translation>Kopia strony centrum pomocy: jedno odwołanie na spór, w ciągu 7 dni od decyzji</translation>
    </message>
    <message>
        <source>Help-centre copy: one appeal per dispute, within 7 days after the dispute ends</source>
        <translation>Kopia strony centrum pomocy: jedno odwołanie na spór, w ciągu 7 dni od zakończenia sporu</translation>
    </message>
    <message>
        <source>Refund arrives, by payment method</source>
        <translation>Czas dotarcia zwrotu według metody płatności</translation>
    </message>
    <message>
        <source>AliExpress help centre; banks may add 7-15 business days after &quot;refund completed&quot;</source>
        <translation>Centrum pomocy AliExpress; banki mogą doliczyć 7–15 dni roboczych po statusie „zwrot zakończony”</translation>
    </message>
    <message>
        <source>PayPal dispute window from payment</source>
        <translation>Okres na spór w PayPal od płatności</translation>
    </message>
    <message>
        <source>PayPal Buyer Protection: 180 days from payment; escalate to a claim within 20 days</source>
        <translation>Ochrona Kupujących PayPal: 180 dni od płatności; eskalacja do roszczenia w ciągu 20 dni</translation>
    </message>
    <message>
        <source>Card chargeback window from expected delivery</source>
        <translation>Okres na chargeback kartą od przewidywanej dostawy</translation>
    </message>
    <message>
        <source>Card network rules (Visa/Mastercard): typically 120 days; ask your bank</source>
        <translation>Zasady organizacji kartowych (Visa/Mastercard): zwykle 120 dni; zapytaj swój bank</translation>
    </message>
    <message>
        <source>Times copied from the order page are in</source>
        <translation>Czasy skopiowane ze strony zamówienia są w strefie</translation>
    </message>
    <message>
        <source>Older order pages and guides show US Pacific time; newer pages may show the buyer&apos;s local time. Countdowns are exact in any zone</source>
        <translation>Starsze strony zamówień i poradniki pokazują czas pacyficzny USA; nowsze strony mogą pokazywać czas lokalny kupującego. Odliczanie jest dokładne w każdej strefie</translation>
    </message>
    <message>
        <source>Older order pages and buyers&apos; guides: times in US Pacific time</source>
        <translation>Starsze strony zamówień i poradniki dla kupujących: czasy według czasu pacyficznego USA</translation>
    </message>
    <message>
        <source>Newer order pages: the buyer&apos;s local time</source>
        <translation>Nowsze strony zamówień: czas lokalny kupującego</translation>
    </message>
    <message>
        <source>Remind me of a deadline</source>
        <translation>Przypominaj o terminie</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week ahead to plan, two days ahead (sellers answer slowly), a day ahead, and two hours for the last moment; when several are crossed at once, only the shortest is sent</source>
        <translation>Wybór Dispute Desk: tydzień wcześniej, by zaplanować, dwa dni wcześniej (sprzedawcy odpowiadają powoli), dzień wcześniej i dwie godziny przed terminem, na ostatnią chwilę; gdy kilka minie naraz, wysyłane jest tylko najkrótsze</translation>
    </message>
    <message>
        <source>Dispute Desk&apos;s choice: a week, two days, a day and two hours before a deadline</source>
        <translation>Wybór Dispute Desk: tydzień, dwa dni, dzień i dwie godziny przed terminem</translation>
    </message>
    <message>
        <source>before a deadline</source>
        <translation>przed terminem</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>dni roboczych</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>tak/nie</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>h</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>strefa</translation>
    </message>
    <message>
        <source>an official rule of the platform</source>
        <translation>oficjalna zasada platformy</translation>
    </message>
    <message>
        <source>from the platform&apos;s help centre, not its published rules</source>
        <translation>z centrum pomocy platformy, a nie z jej opublikowanego regulaminu</translation>
    </message>
    <message>
        <source>from buyers&apos; guides, not confirmed by the platform</source>
        <translation>z poradników dla kupujących, niepotwierdzone przez platformę</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>can&apos;t use the data dir {path}: {reason}</source>
        <translation>nie można użyć folderu danych {path}: {reason}</translation>
    </message>
    <message>
        <source>using the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>korzysta z danych</translation>
    </message>
    <message>
        <source>upgrading the data</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>aktualizuje dane</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>przywraca kopię zapasową</translation>
    </message>
    <message>
        <source>saving a large import</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>zapisuje duży import</translation>
    </message>
    <message>
        <source>making a backup</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>tworzy kopię zapasową</translation>
    </message>
    <message>
        <source>storing photos</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>zapisuje zdjęcia</translation>
    </message>
    <message>
        <source>saving changes</source>
        <comment>completes: Another Dispute Desk window or command is …</comment>
        <translation>zapisuje zmiany</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; nothing was saved yet. Try again when it has finished</source>
        <translation>Inne okno lub polecenie Dispute Desk {doing}; jeszcze nic nie zapisano. Spróbuj ponownie, gdy skończy</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; waiting for it…</source>
        <translation>Inne okno lub polecenie Dispute Desk {doing}; oczekiwanie na zakończenie…</translation>
    </message>
    <message>
        <source>Another Dispute Desk window or command is {doing}; trying again…</source>
        <translation>Inne okno lub polecenie Dispute Desk {doing}; ponawianie próby…</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free about {needed} and try again. Nothing was changed</source>
        <translation>dysk z {path} jest pełny (wolne: {free}); zwolnij około {needed} i spróbuj ponownie. Nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free about {needed} and try again. Nothing was changed</source>
        <translation>dysk z {path} jest pełny; zwolnij około {needed} i spróbuj ponownie. Nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>the disk holding {path} is full ({free} free); free some space and try again. Nothing was changed</source>
        <translation>dysk z {path} jest pełny (wolne: {free}); zwolnij trochę miejsca i spróbuj ponownie. Nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; free some space and try again. Nothing was changed</source>
        <translation>dysk z {path} jest pełny; zwolnij trochę miejsca i spróbuj ponownie. Nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Dispute Desk data file ({reason})</source>
        <translation>plik {path} jest uszkodzony lub nie jest plikiem danych Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>the data in {path} can&apos;t be written (the folder or disk is read-only); nothing was changed</source>
        <translation>nie można zapisać danych w {path} (folder lub dysk jest tylko do odczytu); nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>the folder {path} can&apos;t be written to (no permission); nothing was changed</source>
        <translation>nie można zapisywać w folderze {path} (brak uprawnień); nic nie zostało zmienione</translation>
    </message>
    <message>
        <source>the data file {path} can&apos;t be read or written ({reason}); the disk may be failing or was removed. The file was not changed by this</source>
        <translation>nie można odczytać ani zapisać pliku danych {path} ({reason}); dysk może ulegać awarii lub został odłączony. Ta operacja nie zmieniła pliku</translation>
    </message>
    <message>
        <source>no migrations are shipped with this build</source>
        <translation>ta kompilacja nie zawiera migracji</translation>
    </message>
    <message>
        <source>could not turn foreign keys off for the migration; nothing was changed</source>
        <translation>nie udało się wyłączyć kluczy obcych na czas migracji; nic nie zostało zmienione</translation>
    </message>
    <message numerus="yes">
        <source>the schema upgrade was rolled back: it left rows pointing at missing records in {names} (%n row(s))</source>
        <translation>
            <numerusform>wycofano aktualizację schematu: pozostawiła wiersze wskazujące na brakujące rekordy w {names} (%n wiersz)</numerusform>
            <numerusform>wycofano aktualizację schematu: pozostawiła wiersze wskazujące na brakujące rekordy w {names} (%n wiersze)</numerusform>
            <numerusform>wycofano aktualizację schematu: pozostawiła wiersze wskazujące na brakujące rekordy w {names} (%n wierszy)</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder {path} can be changed by every user of this computer, so it can&apos;t hold your orders; choose a folder of your own (for example {example})</source>
        <translation>folder {path} może zmieniać każdy użytkownik tego komputera, więc nie może on przechowywać Twoich zamówień; wybierz własny folder (na przykład {example})</translation>
    </message>
    <message>
        <source>an evidence item names its file {sha256}, which is not a SHA-256</source>
        <translation>dowód wskazuje plik {sha256}, który nie jest skrótem SHA-256</translation>
    </message>
    <message>
        <source>an evidence item has the file extension {ext}, which the app never stores</source>
        <translation>dowód ma rozszerzenie pliku {ext}, którego aplikacja nigdy nie przechowuje</translation>
    </message>
    <message>
        <source>the path {text} holds a NUL character</source>
        <translation>ścieżka {text} zawiera znak NUL</translation>
    </message>
    <message>
        <source>the path {text} leads outside the data folder {root}; not touching it</source>
        <translation>ścieżka {text} prowadzi poza folder danych {root}; pozostawiono ją bez zmian</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file (it has tables but no schema version)</source>
        <translation>{file} nie jest plikiem danych Dispute Desk (ma tabele, ale nie ma wersji schematu)</translation>
    </message>
    <message>
        <source>{file} is not a Dispute Desk data file ({reason})</source>
        <translation>{file} nie jest plikiem danych Dispute Desk ({reason})</translation>
    </message>
    <message>
        <source>{file} records several schema versions at once ({names})</source>
        <translation>{file} zawiera jednocześnie kilka wersji schematu ({names})</translation>
    </message>
    <message>
        <source>{file} has tables but no schema version; not touching it</source>
        <translation>{file} ma tabele, ale nie ma wersji schematu; pozostawiono go bez zmian</translation>
    </message>
    <message>
        <source>{target} already exists; not overwriting it</source>
        <translation>{target} już istnieje; nadpisywanie pominięto</translation>
    </message>
    <message>
        <source>this data was written by a newer Dispute Desk (schema {revision}); update the app</source>
        <translation>te dane zapisała nowsza wersja Dispute Desk (schemat {revision}); zaktualizuj aplikację</translation>
    </message>
    <message>
        <source>the schema upgrade ended at {revision}, not at {head}; this build is inconsistent</source>
        <translation>aktualizacja schematu zakończyła się na {revision}, a nie na {head}; ta kompilacja jest niespójna</translation>
    </message>
    <message>
        <source>the data file {path} was removed while the app was using it</source>
        <translation>plik danych {path} został usunięty, gdy aplikacja z niego korzystała</translation>
    </message>
    <message>
        <source>the data file {path} was closed; open it again to use it</source>
        <translation>plik danych {path} został zamknięty; otwórz go ponownie, aby z niego korzystać</translation>
    </message>
    <message>
        <source>the data file {path} is missing</source>
        <translation>brak pliku danych {path}</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Oczekuje na płatność</translation>
    </message>
    <message>
        <source>Awaiting shipment</source>
        <translation>Oczekuje na wysyłkę</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <source>Refunds pending</source>
        <translation>Zwroty w toku</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Wszystkie zamówienia</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>Confirming receipt ends buyer protection: after that, only 1 day remains to open a dispute. Confirm only when everything is right.</source>
        <translation>Potwierdzenie odbioru kończy ochronę kupującego: potem na otwarcie sporu zostaje tylko 1 dzień. Potwierdź tylko wtedy, gdy wszystko jest w porządku.</translation>
    </message>
    <message>
        <source>Confirming receipt ends buyer protection, and no dispute can be opened after that. Confirm only when everything is right.</source>
        <translation>Potwierdzenie odbioru kończy ochronę kupującego i potem nie można już otworzyć sporu. Potwierdź tylko wtedy, gdy wszystko jest w porządku.</translation>
    </message>
    <message numerus="yes">
        <source>Confirming receipt ends buyer protection: after that, only %n day(s) remain to open a dispute. Confirm only when everything is right.</source>
        <translation>
            <numerusform>Potwierdzenie odbioru kończy ochronę kupującego: potem na otwarcie sporu zostaje tylko %n dzień. Potwierdź tylko wtedy, gdy wszystko jest w porządku.</numerusform>
            <numerusform>Potwierdzenie odbioru kończy ochronę kupującego: potem na otwarcie sporu zostają tylko %n dni. Potwierdź tylko wtedy, gdy wszystko jest w porządku.</numerusform>
            <numerusform>Potwierdzenie odbioru kończy ochronę kupującego: potem na otwarcie sporu zostaje tylko %n dni. Potwierdź tylko wtedy, gdy wszystko jest w porządku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepting a partial refund settles the dispute: you get only this amount, the seller gets the rest, and no new dispute can be opened for this order.</source>
        <translation>Przyjęcie częściowego zwrotu pieniędzy kończy spór: otrzymujesz tylko tę kwotę, sprzedawca dostaje resztę, a dla tego zamówienia nie można już otworzyć nowego sporu.</translation>
    </message>
    <message>
        <source>Ask early: sellers answer slowly and protection keeps running meanwhile. If it isn&apos;t extended in time, open a dispute before protection ends.</source>
        <translation>Poproś wcześnie: sprzedawcy odpowiadają powoli, a ochrona w tym czasie biegnie dalej. Jeśli nie zostanie przedłużona na czas, otwórz spór przed końcem ochrony.</translation>
    </message>
    <message>
        <source>While the dispute is open: don&apos;t confirm receipt, don&apos;t cancel the dispute or accept an offer on the seller&apos;s promise alone, and don&apos;t file a chargeback with your bank beside the open case.</source>
        <translation>Dopóki spór jest otwarty: nie potwierdzaj odbioru, nie anuluj sporu ani nie przyjmuj oferty tylko na podstawie obietnicy sprzedawcy i nie zgłaszaj chargebacku w banku równolegle z otwartym sporem.</translation>
    </message>
    <message>
        <source>Cancel only when the problem is solved: after a cancelled dispute, a new one can be opened only while buyer protection still runs, and not at all once the parcel is received or protection has ended. A seller&apos;s promise alone is no reason to cancel.</source>
        <translation>Anuluj tylko wtedy, gdy problem jest rozwiązany: po anulowaniu sporu nowy można otworzyć tylko w trakcie ochrony kupującego, a po odebraniu przesyłki lub końcu ochrony — wcale. Sama obietnica sprzedawcy nie jest powodem do anulowania.</translation>
    </message>
</context>
</TS>
