<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>%1 What you entered is kept and saved as soon as the data is free again (trying again…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered from the order page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from the rules and a date not known for sure (see the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding files to order %1: %n…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence to order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and storing %1 files for order %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Files added to order %1: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the trash. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the case pack in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the case pack for order %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case pack of order %1 is ready: %2, and photos to upload: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case pack of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case pack was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute Desk backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all your orders and evidence in one .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the data with a backup; the current data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your current data with the backup %1, made on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current data is kept first as a safety copy in the backups folder, so you can go back to it with Restore from backup. The window shows the restored orders when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n order(s) from %1, made on %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The backup came from an older version and was brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your previous data was kept as a safety copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored: %2

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 stopped with an unexpected error: %2

Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up today&apos;s changes before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines as &amp;calendar (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) with their history to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deadline(s) to the calendar file %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save a copy of your data in another format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders from an export file or e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from order &amp;page text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an order page and add the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 in all, converted at your rates (an estimate, not what was paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without %1: no rate for the time of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: what the disputes opened in the period asked for. Refunds received: every refund in the period. Still pending: what open and won disputes have yet to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days (median of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long they took: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from shipped to delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: %1 days over %2 parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting, nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample order (made up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute Desk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps reminding you of deadlines from the tray. To quit, choose Quit in the tray&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) coming up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dispute Desk: %n order(s) needing attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume reminders (paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute Desk backs up your orders and evidence by itself when they changed: a few minutes after a change, once a day and when you close it. Of the older automatic backups it keeps the newest one of each of the last days, weeks and months set here. Backups you make yourself and the safety copies made before a restore are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a daily backup to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks with a weekly backup to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months with a monthly backup to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily backups for the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly backups for the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly backups for the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. The first automatic backup is made a few minutes after your data changes; Back up now makes one at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup in the backups folder now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Could not read the backups folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of deadlines with desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me this long before a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations such as 7d, 48h, 90m, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each deadline is reminded once at each of these times before it. When several have passed at once (the computer was off), only the shortest is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders wait until quiet hours end, unless a deadline would pass before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me &amp;before a deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray and login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no tray icons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Dispute Desk when I &amp;log in (in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Dispute Desk is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, run this once in a command prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get reminders every 15 minutes while the app is closed, add this line to your crontab (crontab -e):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the line to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or let systemd run it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a calendar &amp;file of the deadlines for my calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to this file in your calendar app: it is rewritten whenever a deadline changes, with alarms at the times above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the systemd &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a systemd &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed: systemd runs the reminders every 15 minutes (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by the platform in its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from the platform&apos;s help centre or its support answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a buyer&apos;s guide or forum; not confirmed by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (%2): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Changed (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dispute Desk {version}&lt;/h2&gt;&lt;p&gt;Your orders, their deadlines, cancellations and disputes, kept on your own computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.&lt;br&gt;It includes Qt, Python and other components under their own licences.&lt;br&gt;&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these details, for a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, values checked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed by you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 categories; series: %2. The numbers are in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BilingualDraft</name>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Русский</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts still to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied, with %n part(s) in […] still to fill in: fill them in before you send it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only you can fill in %n part(s) in […]: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelWizard</name>
    <message>
        <source>Cancel order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Dispute case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute about the whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute about item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with a return of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a return of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller offers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds usually take %2–%3 business days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by %1: refunds usually take %2–%3 business days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Numbers of the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart %1 as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Open the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it on the order page, then press Finish: the app records it and counts down to the seller&apos;s answer and the escalation day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to open it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full refund, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial refund, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownBox</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownField</name>
    <message>
        <source>e.g. 23 d 14:22:10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as the order page shows it now: resulting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dispute Desk: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;An unexpected error happened.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was saved before this error is safe: each change is saved when you make it. If you were saving something just now, check that it is there before you go on; you can keep working, or quit and start Dispute Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report it at &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;: say what you were doing just before, and attach the log file below (it records what the app did; look it over before you send it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

That action was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute Desk can&apos;t open your data.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaysSpinBox</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineList</name>
    <message>
        <source>No open deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time left %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeWizard</name>
    <message>
        <source>Open a dispute — order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>Parts still to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The draft still has %n part(s) in […] that only you can fill in:
%1

Go on anyway? Fill them in before you send the text.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Can you open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the dispute be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to get your money back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t go on from here now: press Close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The evidence to gather for your reason, with photos you can add now.
2. The refund you ask for, and whether you send the item back.
3. The dispute text, ready to paste into the dispute form.

Nothing is recorded until you press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last chance: you can still open it, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the last chance is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it now, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the dispute window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t open it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every order with a live countdown to its next deadline: payment check, shipping, buyer protection, disputes and refunds. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with sample orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads made-up orders, clearly marked, that you can remove again in one step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>%1 — order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days &amp;asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision includes a return of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will send the item back (return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered (estimated from the rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buyer protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1, e.g. 12.34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason for the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a full refund comes with a return: with a partial one you keep the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount of the partial refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>taken %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or videos to the order as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the picture or files on the clipboard to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make case &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF case file and upload-ready photo copies in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Evidence of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos or videos here, or paste with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos attached to this order: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No photos or videos attached to this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>Evidence — order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a caption: what the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what you have. Keep these ready to upload on the dispute form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ready.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing special to prepare for this reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or videos to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or videos (or drop files here, or paste with Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the evidence gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the removed photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet — drop files here or paste a screenshot (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Photos and videos: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos or videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTrashDialog</name>
    <message>
        <source>Removed photos and videos of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to bring back to the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this order is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen photos and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened. Finish records it on the order&apos;s timeline, and the app then counts down to what comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I pressed Cancel order (requested cancellation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller approved the cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller says it has shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cancelled it on the order page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish records: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded. Open this wizard again when something happens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use Dispute Desk, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with the log to attach to a problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the titles look garbled in the preview, choose the encoding the file was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency for prices that name none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember as my default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this currency for prices that name none in later imports too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that can&apos;t be imported, with their line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; nothing is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order files (*.csv *.json *.xlsx *.tsv *.txt *.eml *.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing of this import will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the content (found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to update, %4 unchanged, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file can&apos;t be read (listed below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 added, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWarning</name>
    <message>
        <source>Stores to avoid in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From stores you marked to avoid: %1 (%n order(s) to add).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTabs</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsSection</name>
    <message>
        <source>Items and their disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded in all: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (× %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dispute about the whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, asked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Dispute Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you typed has not been saved yet. Quit anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message to the seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it in the chat on the order page. Edit the draft as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the chat with the seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft names your order number, %1, so the seller finds the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft no longer names your order number, %1: the seller needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersTable</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n order(s) to the trash. Undo with %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its deadlines and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the order to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the order from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: cancel this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do to cancel this order, and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the timeline: what the seller said, a promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other open deadlines: the dispute&apos;s dates are above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 · paid by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the order to record what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• and %n more item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderEditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this dialog will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8196543210987654</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;US $12.34&quot; or &quot;12,34&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pai&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in Settings → Rules. Countdowns are exact in any zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-&amp;by countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rocessing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as on the order page, in this computer&apos;s time zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates as on the order page, in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment time is before the order time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what you ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a currency code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;: use an ISO code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListPanel</name>
    <message>
        <source>Order views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, store, title, tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in %1 match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Other views hold %n matching order(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTable</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no room at this width)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Time left until the order&apos;s next deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteOrderDialog</name>
    <message>
        <source>Add an order from its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the order on AliExpress, select the page (Ctrl+A), copy it and paste it here. What is recognized shows on the right; check it and fill in what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the order page here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted order page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer on the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method on the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recognized yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastedFields</name>
    <message>
        <source>Order &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;dered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;king number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carr&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid yet, or not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shipped yet, or not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer protection ends (delivery confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller must ship by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the countdown counts down to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown on the order page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processin&amp;g time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingTimeField</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-by countdown on the order page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time is given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ship-by countdown, or choose another way to give the processing time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionField</name>
    <message>
        <source>Protection given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the order page shows it now; counted from now, not from when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the countdown the order page shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Statistics show money per currency and never add currencies together. If you enter rates to a home currency here, they also show an estimated total in it, marked as converted. A rate applies from its date until the next one; nothing is fetched online. Changes here are saved as soon as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no converted totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the new rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: home currency units for one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a home currency to enter rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: 1 %1 = %2 %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What went wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the parcel arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I &amp;haven&apos;t received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, but something is wrong with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which item is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole order (the same dispute for every item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message>
        <source>What do you ask for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full refund: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partial refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial refund amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return the item (for a full refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 cost %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually: a full refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually: a partial refund while you keep the item, or a full refund if you send it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the order total, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than the item cost, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRow</name>
    <message>
        <source>Order %1 · %2 · due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show order %1 in the main window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are looking at sample orders. They are made up and marked as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sample orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleOrders</name>
    <message>
        <source>Remove sample orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every sample order? Your own orders stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: deadline rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines are worked out from these numbers. They come from the platform&apos;s rules, its help centre and buyers&apos; guides, and sources disagree: if your order page says otherwise, change the value here. Every order&apos;s deadlines are recalculated when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculating deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved; the rest were saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Every order&apos;s deadlines were recalculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalculating the deadlines of every order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Dispute Desk is already open with the data folder {folder}, but it does not answer.

Switch to it, or close it (if it hangs, end it in your system&apos;s task manager) and start Dispute Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>The order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the order you want to cancel, then say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I changed my mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I found it cheaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller is out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller raised the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller asked me to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you want to cancel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupReportDialog</name>
    <message>
        <source>While you were away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something was left unfinished when Dispute Desk last stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last opened Dispute Desk (%1), these deadlines passed or came close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These deadlines passed or came close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue while you were away (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 48 hours (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 started %2 was stopped before it finished. Nothing of it was saved: import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore from %1 started %2 was stopped before it finished. The data is either as it was before or the whole backup, never a mix: check the list, and restore again if it is not what you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade of the data (%1) started %2 was stopped; it was made again when the app started, from the copy kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the “Needs attention” view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the money charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money disputed and recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes by reason and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) paid, %1 spent; %2 refunded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s) opened: %1 won, %2 lost, %3 open, %4 cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Deadline summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue or due within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) overdue or due within 48 hours · at risk: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWarning</name>
    <message>
        <source>Store warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoresView</name>
    <message>
        <source>Filter stores by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note of the selected store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avoid this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected store as one to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the orders of the selected store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n store(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>The dispute text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the […] parts, then paste it into the dispute form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the dispute form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Dispute Desk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this order and your reason, as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait is over: press Back, then Next, to see what to do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship-by countdown on the order page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-by countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish saves this ship-by time on the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the unpaid order closes by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the payment check ends and cancelling becomes possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the seller&apos;s time to ship runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the request is approved automatically if the seller stays silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s ship-by time (the processing-time countdown on the order page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when you paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it: type the countdown the order page shows below, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: %1. The advice doesn&apos;t guess it, so check the order page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancellation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation approved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection extended…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute cancelled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller responded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund issued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund received…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median delivery (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery period ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
