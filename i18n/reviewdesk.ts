<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you opened lately (a file moved or deleted since shows greyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen an article you reviewed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier drafts of this article, against the draft now; restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as new article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an article from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft to a text file, e.g. when the library cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the draft, tracked changes or a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the marked-up draft or the review report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the marked-up draft or the review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare two versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn two versions of an article into a tracked-changes Word file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit reviewdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose issues ignored in this article to show again, one or all (Edit ▸ Undo takes back only the last ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the draft or the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace text in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find articles by words in titles, drafts, originals and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note on the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart &amp;quotes as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn typed quotation marks into the house style&apos;s: curly “ ” or straight &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply to note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the draft, or the last ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the note selected in the Notes panel, in its thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the first suggestion of the current issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the current issue in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore i&amp;gnored issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check both panes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next re&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next tracked change that came with the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous revisi&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous tracked change that came with the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the tracked change at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the tracked change at the cursor in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every undecided tracked change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo every undecided tracked change in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target length…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length this article should have, in words (the status bar counts against it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the article&apos;s review as finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House &amp;style sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the desk&apos;s house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checking settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engines, categories, switched-off rules and LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words accepted in this article, by you and by the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep panes in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll both panes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the colour of each category under the panes (hide it for more text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane or panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane or panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut, with its menu entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About reviewdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, and where your library is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Language: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The library cannot be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceControl</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppliedFixes</name>
    <message>
        <source>Could not take back the decision: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the decision again: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyAllDialog</name>
    <message>
        <source>Will apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: overlaps another change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the text there has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply all: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a change to leave it alone (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue of this rule has a suggestion to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the ticked changes in the draft (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 fix in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fixes in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change will be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes will be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply 1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply {count} changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleStructure</name>
    <message>
        <source>Could not read the article&apos;s structure: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupClock</name>
    <message>
        <source>Today&apos;s backup of the library failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confused words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web debris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typography</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralArea</name>
    <message>
        <source>Open an article (Ctrl+O) or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline, site and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedFile</name>
    <message>
        <source>The file has changed since it was imported. Open the stored review (your draft and notes), or import the new version as a new article?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stored review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckWorker</name>
    <message>
        <source>The checker could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckingSettingsDialog</name>
    <message>
        <source>Misspelt words (names used consistently are left alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement, articles, verb forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonly confused words: their/there, affect/effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or doubled punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubled spaces, space before a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that must (or must not) take a capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or term spelt two ways in one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style: preferred forms, banned and cautioned words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftovers from web pages: breadcrumbs, share lines, comment forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes, dashes, ellipses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched-off &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engines that check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the house style sheet: {dialect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect for &amp;new articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When an article looks like another dialect, switch it without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article whose web page or clear majority of spellings says another English is checked in that one as it opens; the status bar says so. Off: a bar above the panes offers to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules are switched off. Use “Disable rule” in an issue&apos;s menu to switch one off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched-off rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules switched off for every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-e&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the selected rules on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checking settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word or phrase to replace (or a pattern, see Pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred form (\1 refers to a pattern group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find is a regular expression, not a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only match this exact capitalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the issue is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in these dialects, comma-separated (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the editor is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s spelling of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spellings to correct, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, shown to the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement to offer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Articles (*.txt *.md *.markdown *.text *.docx *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version before editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version before editing (.txt, .md, .docx, .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited version (.txt, .md, .docx, .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comparison as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word file to write, with the changes tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, put on the tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the comparison is a Word file; name it .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing into {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>US English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australian English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialectBar</name>
    <message>
        <source>This article&apos;s web page says it is in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article looks American ({ours} American spellings, {theirs} British).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article looks British ({ours} British spellings, {theirs} American).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it as {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alwa&amp;ys switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, switch every article to the dialect its page or spellings show, without asking (Tools ▸ Checking settings turns this off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this offer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the dialect offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking as {name}, as the article&apos;s page or spellings show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked as {current} ({code}) now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this article as {label} from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep checking it as {name}; this article will not ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now checked as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it as {name} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping {name} for this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles switch to the dialect they are written in from now on (Tools ▸ Checking settings turns this off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Apply all for this rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export yet: the library did not take your latest changes within {seconds:g} s (another program may be writing to it). They stay in the window; try again in a moment, or File ▸ Save draft as… keeps the draft in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style sheet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is being checked; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and apply every fix of “{name}” ({same} in the draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DictionaryDialog</name>
    <message>
        <source>This &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words accepted in the open article only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words, accepted in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s shared words, accepted in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to see and edit the words accepted in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>File ▸ Save draft as… keeps your version in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this article is open for editing in another reviewdesk window ({owner}); close it there to edit it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} — {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <source>Encoding of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewdesk could not tell for sure how {name} is encoded and assumed {encoding}. If the preview shows odd characters (“Ã©” for “é”, “ď” for “ï”), pick another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the encoding that makes {name} read correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encodings that read this file without errors, most likely first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the file read with the chosen encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} — assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encoding reads this file without errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Harper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grammar, spelling and style, built in and offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editorial checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and consistency, house style, web debris, mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grammar and confused words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement, a/an, its/it&apos;s and other confused words, verb forms, compounds, misused and redundant phrases, weekdays that do not match their dates; offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More grammar rules, from a desk server or a local install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>{count} tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tracked change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 undecided change from the original kept as it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} undecided changes from the original kept as they came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name} to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write: the draft, tracked changes, or a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, put on tracked changes, comments and the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {folder} in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document with tracked changes and comments (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report (.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.mdown *.mkd *.docx *.docm *.html *.htm *.xhtml *.shtml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (a new article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} as a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened {name} from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>{number} of {count} in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count} in the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next match · Shift+Enter: previous · Esc: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell capitals from small letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only whole words: “cat” does not find “cats”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement (empty: delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: replace this match and go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected match and go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match in the draft (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced {count} × “{phrase}” with “{replacement}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the note window, Ctrl+Return saves the note and Esc cancels it. F6 moves between the panes and the panels; in a list, the arrows and Enter choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{app} {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A review desk for newsroom copy editors: every check runs on this computer, offline.&lt;/p&gt;&lt;p&gt;Your library: &lt;code&gt;{library}&lt;/code&gt;&lt;br&gt;Its daily backups: &lt;code&gt;{backups}&lt;/code&gt;&lt;br&gt;The window&apos;s settings: &lt;code&gt;{settings}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change (+{added} −{removed} words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes (+{added} −{removed} words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: since the snapshot before (the oldest: since the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between this version and the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck-through red: in this version, gone from the draft now. Green: new since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;changed passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut long unchanged stretches down to their first and last lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this version back into the draft as one change (Edit ▸ Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft now is the same as this version ({which}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from this version ({which}) to the draft now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} places, one finding: all are marked in the draft; Apply fixes them all in one step, Ignore ignores them all.
{tip}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s issues; Enter selects one in both panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something went wrong ({error})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageToolPanel</name>
    <message>
        <source>about 250 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (English: {codes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: LanguageTool at {url}, {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: LanguageTool in {folder} (Java: {java})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:8081  (your desk&apos;s LanguageTool server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a LanguageTool server; leave empty to run it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server (or the local install) whether it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: where LanguageTool is installed by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LanguageTool folder (holding languagetool-server.jar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a LanguageTool folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install LanguageTool from zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack a LanguageTool zip you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download LanguageTool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download LanguageTool ({size}); only where the network allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Picky mode (more style and typography suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask LanguageTool for its picky level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for LanguageTool before giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LanguageTool folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install LanguageTool from zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading LanguageTool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed: LanguageTool in {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LanguageTool is installed in {target}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastArticle</name>
    <message>
        <source>Open it when reviewdesk &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the article you had open last, at the place you left it, whenever reviewdesk starts without a file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on with “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “{title}” again, at the place you left it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Changed in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved note (dotted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryColumn</name>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (in the bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the article is in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issues in the draft when it was last checked in the window (— : not checked yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (unresolved) notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the article last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the article was imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the words were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted into reviewdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is already the same as that version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the draft of {when} (Edit ▸ Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>In the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything but the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, drafts, originals and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which shelf to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles changed in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches the search on any shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches the search: try fewer words, or another shelf under Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words, or another shelf under Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bin is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match these filters: try Any status or Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet: open a file (Ctrl+O) to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this shelf: choose another under Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected article (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the article out of the everyday list (it can still be searched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the article to the bin (Delete); it can be restored until the bin is emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the article out of the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty bin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the articles in the bin for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} articles found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {count:,} in the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet: open a file (Ctrl+O) or paste one (Ctrl+Shift+V) to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the article in the bin for good, with its notes and history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {count} articles in the bin for good, with their notes and history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s language: sets the checker&apos;s dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (read-only) — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo article is missing from this install</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>End of the article: back to the first issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the article: on to the last issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only issue left in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}. {then}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only here; no note was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the draft first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added on {passage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note in the Notes panel to reply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note and its reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note and its {count} replies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Reply to note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note for the writer or the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return saves · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the note you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to {author}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to your note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected note&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the selected note in its thread (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected note&apos;s thread resolved, or reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note (and the replies to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the draft and press Ctrl+M to add a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passage} (passage deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneState</name>
    <message>
        <source>No issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 issue: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} issues: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <source>&amp;Automatic</source>
        <extracomment>Below this width or this height (logical pixels) the automatic arrangement tabs. The share of the window&apos;s width the panels may take, whatever the editor drags.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabbed when the window is small, stacked when it is large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues above notes, with revisions as a tab beside the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues, notes and revisions as tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tabbed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Pasted article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s title in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s text, exactly as it will be reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the article to the library and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>The draft is being checked; its marks are printed as they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the report yet: the library did not take your latest changes within {seconds:g} s (another program may be writing to it). They stay in the window; File ▸ Save draft as… keeps the draft in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;draft, marked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft with its issues, changes and notes marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, notes, decisions and readability, as File ▸ Export writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer and print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Untitled article</source>
        <extracomment>the highlighter&apos;s layers that go on paper (notes come through ``extra_ranges``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, marked up · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed 1 missing file from Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {count} missing files from Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;missing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the files that were moved or deleted off this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every file on this list (the library keeps the articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer in {parent}; removed from Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Recovered your draft of ‘{title}’ as of {when} (reviewdesk was not closed properly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}; 1 other article open then was saved too (File ▸ Open from library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}; {others} other articles open then were saved too (File ▸ Open from library)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave everything as it is and close reviewdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewdesk library (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

To use it next time, start reviewdesk with --library {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreIgnoredDialog</name>
    <message>
        <source>{passage} — {check} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore ignored issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the issues to show again in this article (newest first). Their marks come back in both panes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Go to an issue first (F8 goes to the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{failed}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the ignored issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: ignore of {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “{word}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be switched off; add the word to a dictionary instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking “{name}” in every article?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its marks go from this and every other article. Tools ▸ Checking settings ▸ Switched-off rules switches it on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the rule off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored ignored issues at {places} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored 1 ignored issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {count} ignored issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({places} places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the article is in review again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>(remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whitespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style sheet, {tab}: “{entry}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house style sheet, {tab}: “{entry}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewMenu</name>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off this check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix all {n} places of this finding in one step (one undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this issue in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept “{word}” in {dictionary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking “{name}” in every article (asks first; {origin})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only here; its status was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the article&apos;s status: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: 1 issue  ·  Original: {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: {draft} issues  ·  Original: {original}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionCommands</name>
    <message>
        <source>Put the cursor on a revision first (Ctrl+F8 goes to the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only here; nothing was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No undecided revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 revision overlaps other changes: left undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} revisions overlap other changes: left undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided again: {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted {count} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected {count} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided again: {count} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo it in the draft: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionMarks</name>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} inserted “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} deleted “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to accept or reject (Ctrl+Shift+A / Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article came without tracked changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked changes that came with the article. Undecided ones go out again as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracked changes that came with the article: who made each, when, and whether it is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected change (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected change in the draft (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected change undecided again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every undecided change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo every undecided change in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hint} {pending} of {count} undecided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveCommands</name>
    <message>
        <source>This article is read-only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{recovered} — File ▸ Open from library opens it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveElsewhere</name>
    <message>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes to {titles} are not saved in the library: {reason}.

Save the draft to a file before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Whether the draft on screen is saved in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Your work stays in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is being written to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has the draft as shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Starting checker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words:,} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words:,} / {target:,} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} (+{over:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the draft; click to set the length the article should have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{over:,} words over the target of {target:,}; click to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{short:,} words to the target of {target:,}; click to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly the target of {target:,} words; click to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the article is in review (Review ▸ Mark as done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleSheetDialog</name>
    <message>
        <source>Style sheets (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style sheet sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substitutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No substitutions. Add one to prefer a form: “towards” → “toward”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canonical names. Add the desk&apos;s spelling of a name and its variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No banned words. Add words the desk never prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cau&amp;tioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cautioned words. Add words to use with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sheet and store it in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a TOML style sheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this sheet as a TOML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every entry with the shipped default sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet&apos;s name, shown when it is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this sheet is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia&amp;lect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the serial (Oxford) comma: “red, white, and blue”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three periods ( ... )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One character ( … )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the desk writes an ellipsis; the other form is not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen (10-12, won 5-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En dash (10–12, won 5–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dash in number ranges and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial comma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elli&amp;psis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curly (“ ” ‘ ’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight (&quot; &apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house&apos;s quotation marks; Edit ▸ Smart quotes as you type follows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers below this are written in words (AP: 10, so one to nine); 0 writes every number in figures. The consistency checker follows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell out n&amp;umbers below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misused phrases: “baited breath”, “for all intensive purposes”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonstandard forms: “irregardless”, “in regards to”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundant phrases: “ATM machine”, “added bonus”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the checks leave phrases of this kind alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag phrases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words. Add words that always take a capital: “Kremlin”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words. Add words that never take a capital mid-sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always capitalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never capitalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capitalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored style sheet cannot be read, so the default is shown.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The style sheet has a problem:

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the house style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export style sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UniformCommands</name>
    <message>
        <source>Use “{form}” everywhere (1 change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “{form}” everywhere ({n} changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one form everywhere: {form} (1 change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one form everywhere: {form} ({n} changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article writes: {counts}. Changes every other form in one step (Edit ▸ Undo takes it all back). Rule id: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only here; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is being checked; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the forms: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used {form} everywhere: 1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used {form} everywhere: {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these messages for this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide import messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When “{title}” was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this article was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}&lt;ul style=&apos;margin: 0&apos;&gt;{items}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}
{messages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local news story with the faults a desk sees every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word, plain text, Markdown or a saved web page (or drop one here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desk&apos;s preferred spellings, names, capitals and banned words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House &amp;style sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {library}
Backups: {backups}
Settings: {settings}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordList</name>
    <message>
        <source>Word lists (*.txt *.dic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word to accept, e.g. a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the word to this dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected words (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words yet. Type one above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the words of a word list (one word per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these words as a word list, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new word added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new words added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} words already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added}; {known}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingAids</name>
    <message>
        <source>Target length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words this article should have (0: no target):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target length: {words:,} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the target length: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenWait</name>
    <message>
        <source>Waiting for the library to take your latest changes before {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library did not take your latest changes within {seconds:g} s (another program may be writing to it); they stay in the window and are saved when it lets go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not in the library yet: it did not take it within {seconds:g} s (another program may be writing to it). It is written as soon as the library lets go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {what}: waiting for the library (another program may be writing to it)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>changed_file</name>
    <message>
        <source>{name} has changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>encoding</name>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>In this version, no longer in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the draft now, not in this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stops the work; nothing half-done is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>The new library cannot be opened either: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
