<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountForms</name>
    <message numerus="yes">
        <source>The name is longer than %n character(s) (it has {length}).</source>
        <translation>
            <numerusform>The name is longer than %n character (it has {length}).</numerusform>
            <numerusform>The name is longer than %n characters (it has {length}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountUi</name>
    <message numerus="yes">
        <source>You signed out everywhere (%Ln kept session(s) ended).</source>
        <translation>
            <numerusform>You signed out everywhere (%Ln kept session ended).</numerusform>
            <numerusform>You signed out everywhere (%Ln kept sessions ended).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttemptLifecycle</name>
    <message numerus="yes">
        <source>%n minute(s) left. Your answers are saved as you go.</source>
        <translation>
            <numerusform>%n minute left. Your answers are saved as you go.</numerusform>
            <numerusform>%n minutes left. Your answers are saved as you go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time is up. %n answer(s) could not be saved and are not part of your attempt: question(s) {numbers}. Submitting the answers saved before…</source>
        <translation>
            <numerusform>Time is up. %n answer could not be saved and is not part of your attempt: question {numbers}. Submitting the answers saved before…</numerusform>
            <numerusform>Time is up. %n answers could not be saved and are not part of your attempt: questions {numbers}. Submitting the answers saved before…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your attempt was submitted when the time ran out. %n answer(s) could not be saved in time and are not part of it: question(s) {numbers}.</source>
        <translation>
            <numerusform>Your attempt was submitted when the time ran out. %n answer could not be saved in time and is not part of it: question {numbers}.</numerusform>
            <numerusform>Your attempt was submitted when the time ran out. %n answers could not be saved in time and are not part of it: questions {numbers}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttemptService</name>
    <message numerus="yes">
        <source>You have used all %n attempt(s) allowed at this exam.</source>
        <translation>
            <numerusform>You have used the %n attempt allowed at this exam.</numerusform>
            <numerusform>You have used all %n attempts allowed at this exam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttemptsPage</name>
    <message numerus="yes">
        <source>{title} (%n attempt(s))</source>
        <translation>
            <numerusform>{title} (%n attempt)</numerusform>
            <numerusform>{title} (%n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) · {pending} awaiting an essay mark</source>
        <translation>
            <numerusform>%n attempt · {pending} awaiting an essay mark</numerusform>
            <numerusform>%n attempts · {pending} awaiting an essay mark</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins for this e-mail address. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for this e-mail address. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for this e-mail address. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this e-mail address. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for this e-mail address. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-ins for this e-mail address. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your verification code is {code}.

Enter it in Exam Hub within %n minute(s). If you did not create an account, ignore this e-mail.</source>
        <translation>
            <numerusform>Your verification code is {code}.

Enter it in Exam Hub within %n minute. If you did not create an account, ignore this e-mail.</numerusform>
            <numerusform>Your verification code is {code}.

Enter it in Exam Hub within %n minutes. If you did not create an account, ignore this e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your password reset code is {code}.

Enter it in Exam Hub within %n minute(s) to choose a new password. If you did not ask for this, ignore this e-mail.</source>
        <translation>
            <numerusform>Your password reset code is {code}.

Enter it in Exam Hub within %n minute to choose a new password. If you did not ask for this, ignore this e-mail.</numerusform>
            <numerusform>Your password reset code is {code}.

Enter it in Exam Hub within %n minutes to choose a new password. If you did not ask for this, ignore this e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankDialog</name>
    <message numerus="yes">
        <source>{title} (%n question(s))</source>
        <translation>
            <numerusform>{title} (%n question)</numerusform>
            <numerusform>{title} (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exam(s) chosen</source>
        <translation>
            <numerusform>%n exam chosen</numerusform>
            <numerusform>%n exams chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EssayEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamForm</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This exam has %n attempt(s), so its questions and passing score are locked: changing them would make existing scores wrong. Duplicate it to make a new draft you can change.</source>
        <translation>
            <numerusform>This exam has %n attempt, so its questions and passing score are locked: changing them would make existing scores wrong. Duplicate it to make a new draft you can change.</numerusform>
            <numerusform>This exam has %n attempts, so its questions and passing score are locked: changing them would make existing scores wrong. Duplicate it to make a new draft you can change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamsCli</name>
    <message numerus="yes">
        <source>{ref} is the start of %n exams&apos; ids: {names}. Give more of the id.</source>
        <translation>
            <numerusform>{ref} is the start of %n exam&apos;s id: {names}. Give more of the id.</numerusform>
            <numerusform>{ref} is the start of %n exams&apos; ids: {names}. Give more of the id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>{title} ({status}, %n question(s))</source>
        <translation>
            <numerusform>{title} ({status}, %n question)</numerusform>
            <numerusform>{title} ({status}, %n questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>{format}, %n question(s) ({importable} without errors)</source>
        <translation>
            <numerusform>{format}, %n question ({importable} without errors)</numerusform>
            <numerusform>{format}, %n questions ({importable} without errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{format}, %n question(s)</source>
        <translation>
            <numerusform>{format}, %n question</numerusform>
            <numerusform>{format}, %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read and will be left out; the reason is beside each one.</source>
        <translation>
            <numerusform>%n file cannot be read and will be left out; the reason is beside each one.</numerusform>
            <numerusform>%n files cannot be read and will be left out; the reason is beside each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message numerus="yes">
        <source>Exam Hub mails a code to your address. Enter it here with a new password; the code works once, for %n minute(s).</source>
        <translation>
            <numerusform>Exam Hub mails a code to your address. Enter it here with a new password; the code works once, for %n minute.</numerusform>
            <numerusform>Exam Hub mails a code to your address. Enter it here with a new password; the code works once, for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n exam</numerusform>
            <numerusform>%n exams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n question(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n question will be deleted too.</numerusform>
            <numerusform>Its %n questions will be deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n attempt(s) will be kept, so students&apos; results stay on record.</source>
        <translation>
            <numerusform>Its %n attempt will be kept, so students&apos; results stay on record.</numerusform>
            <numerusform>Its %n attempts will be kept, so students&apos; results stay on record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message numerus="yes">
        <source>The mail server {server} did not answer in %n second(s).</source>
        <translation>
            <numerusform>The mail server {server} did not answer in %n second.</numerusform>
            <numerusform>The mail server {server} did not answer in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database check: %n problem(s) found.</source>
        <translation>
            <numerusform>Database check: %n problem found.</numerusform>
            <numerusform>Database check: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>Use at least {min} characters (this password has %n).</source>
        <translation>
            <numerusform>Use at least {min} characters (this password has %n).</numerusform>
            <numerusform>Use at least {min} characters (this password has %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>More than %Ln people</source>
        <translation>
            <numerusform>More than %Ln person</numerusform>
            <numerusform>More than %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of more than %Ln shown</source>
        <translation>
            <numerusform>{shown} of more than %Ln shown</numerusform>
            <numerusform>{shown} of more than %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} of %Ln shown</numerusform>
            <numerusform>{shown} of %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the account of {email}? This cannot be undone. Their %Ln exam attempt(s) will be kept for the statistics, without their name.</source>
        <translation>
            <numerusform>Delete the account of {email}? This cannot be undone. Their %Ln exam attempt will be kept for the statistics, without their name.</numerusform>
            <numerusform>Delete the account of {email}? This cannot be undone. Their %Ln exam attempts will be kept for the statistics, without their name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {email}; %Ln attempt(s) kept without a name.</source>
        <translation>
            <numerusform>Deleted {email}; %Ln attempt kept without a name.</numerusform>
            <numerusform>Deleted {email}; %Ln attempts kept without a name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n question(s) found: {importable} can be imported.</source>
        <translation>
            <numerusform>%n question found: {importable} can be imported.</numerusform>
            <numerusform>%n questions found: {importable} can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors will be left out.</source>
        <translation>
            <numerusform>%n with errors will be left out.</numerusform>
            <numerusform>%n with errors will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s) kept text out.</source>
        <translation>
            <numerusform>%n other problem kept text out.</numerusform>
            <numerusform>%n other problems kept text out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message numerus="yes">
        <source>A question can have at most {max} choices (A-J); it has %n.</source>
        <translation>
            <numerusform>A question can have at most {max} choices (A-J); it has %n.</numerusform>
            <numerusform>A question can have at most {max} choices (A-J); it has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionService</name>
    <message numerus="yes">
        <source>The chosen exams have only %n matching question(s); draw at most that many.</source>
        <translation>
            <numerusform>The chosen exams have only %n matching question; draw at most that many.</numerusform>
            <numerusform>The chosen exams have only %n matching questions; draw at most that many.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Responses</name>
    <message numerus="yes">
        <source>An answer may have at most %n character(s).</source>
        <translation>
            <numerusform>An answer may have at most %n character.</numerusform>
            <numerusform>An answer may have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsService</name>
    <message numerus="yes">
        <source>Give between 0 and %n point(s).</source>
        <translation>
            <numerusform>Give between 0 and %n point.</numerusform>
            <numerusform>Give between 0 and %n points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>%n essay(s) to mark.</source>
        <translation>
            <numerusform>%n essay to mark.</numerusform>
            <numerusform>%n essays to mark.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left the exam window %n time(s), {time} in all:</source>
        <translation>
            <numerusform>Left the exam window once, {time} in all:</numerusform>
            <numerusform>Left the exam window %n times, {time} in all:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <source>Importing {file} (file {number} of {files}): {done} of %n question(s)…</source>
        <translation>
            <numerusform>Importing {file} (file {number} of {files}): {done} of %n question…</numerusform>
            <numerusform>Importing {file} (file {number} of {files}): {done} of %n questions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {file}: {done} of %n question(s)…</source>
        <translation>
            <numerusform>Importing {file}: {done} of %n question…</numerusform>
            <numerusform>Importing {file}: {done} of %n questions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunnerActions</name>
    <message numerus="yes">
        <source>%n question(s) not answered.</source>
        <translation>
            <numerusform>%n question is not answered.</numerusform>
            <numerusform>%n questions are not answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) flagged for review.</source>
        <translation>
            <numerusform>%n question is flagged for review.</numerusform>
            <numerusform>%n questions are flagged for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunnerModels</name>
    <message numerus="yes">
        <source>Left the window %n time(s), {time} in all</source>
        <translation>
            <numerusform>Left the window once, {time} in all</numerusform>
            <numerusform>Left the window %n times, {time} in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message numerus="yes">
        <source>%n scored attempt(s), from {start} to {end}; first {first}, latest {latest}, best {best}.</source>
        <translation>
            <numerusform>%n scored attempt, from {start} to {end}; first {first}, latest {latest}, best {best}.</numerusform>
            <numerusform>%n scored attempts, from {start} to {end}; first {first}, latest {latest}, best {best}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>For %n day(s), or until you sign out. Do not use this on a shared computer.</source>
        <translation>
            <numerusform>For %n day, or until you sign out. Do not use this on a shared computer.</numerusform>
            <numerusform>For %n days, or until you sign out. Do not use this on a shared computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts toward your results: you have %n minute(s).</source>
        <translation>
            <numerusform>Counts toward your results: you have %n minute.</numerusform>
            <numerusform>Counts toward your results: you have %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Timed (%n minute(s))</source>
        <translation>
            <numerusform>&amp;Timed (%n minute)</numerusform>
            <numerusform>&amp;Timed (%n minutes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentHomePage</name>
    <message numerus="yes">
        <source>your grade {percent} (first of %n attempt(s))</source>
        <translation>
            <numerusform>your grade {percent} (first of %n attempt)</numerusform>
            <numerusform>your grade {percent} (first of %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your grade {percent} (last of %n attempt(s))</source>
        <translation>
            <numerusform>your grade {percent} (last of %n attempt)</numerusform>
            <numerusform>your grade {percent} (last of %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your grade {percent} (average of %n attempt(s))</source>
        <translation>
            <numerusform>your grade {percent} (average of %n attempt)</numerusform>
            <numerusform>your grade {percent} (average of %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your grade {percent} (highest of %n attempt(s))</source>
        <translation>
            <numerusform>your grade {percent} (highest of %n attempt)</numerusform>
            <numerusform>your grade {percent} (highest of %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n question(s) replaced the questions of the draft {titles}, made by an earlier import of this file.</source>
        <translation>
            <numerusform>%n question replaced the questions of the draft {titles}, made by an earlier import of this file.</numerusform>
            <numerusform>%n questions replaced the questions of the draft {titles}, made by an earlier import of this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added to the draft {titles}.</source>
        <translation>
            <numerusform>%n question added to the draft {titles}.</numerusform>
            <numerusform>%n questions added to the draft {titles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into the new exam {titles}.</source>
        <translation>
            <numerusform>%n question imported into the new exam {titles}.</numerusform>
            <numerusform>%n questions imported into the new exam {titles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new exam(s)</source>
        <translation>
            <numerusform>%n new exam</numerusform>
            <numerusform>%n new exams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into {exams}: {titles}.</source>
        <translation>
            <numerusform>%n question imported into {exams}: {titles}.</numerusform>
            <numerusform>%n questions imported into {exams}: {titles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message numerus="yes">
        <source>The file holds %n exam(s); each becomes a new exam with its own title.</source>
        <translation>
            <numerusform>The file holds %n exam; each becomes a new exam with its own title.</numerusform>
            <numerusform>The file holds %n exams; each becomes a new exam with its own title.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n file(s) becomes its own exam, titled after its category or its name.</source>
        <translation>
            <numerusform>Each of the %n file becomes its own exam, titled after its category or its name.</numerusform>
            <numerusform>Each of the %n files becomes its own exam, titled after its category or its name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n question(s)</source>
        <translation>
            <numerusform>{title} — %n question</numerusform>
            <numerusform>{title} — %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message numerus="yes">
        <source>Imported %n question(s).</source>
        <translation>
            <numerusform>Imported %n question.</numerusform>
            <numerusform>Imported %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDescribe</name>
    <message numerus="yes">
        <source>{pairs} (+%n distractor(s))</source>
        <translation>
            <numerusform>{pairs} (+%n distractor)</numerusform>
            <numerusform>{pairs} (+%n distractors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors: {message}</source>
        <translation>
            <numerusform>%n errors: {message}</numerusform>
            <numerusform>%n errors: {message}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings: {message}</source>
        <translation>
            <numerusform>%n warnings: {message}</numerusform>
            <numerusform>%n warnings: {message}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n warning(s))</source>
        <translation>
            <numerusform>{problems} (and %n warning)</numerusform>
            <numerusform>{problems} (and %n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message numerus="yes">
        <source>%n exam(s)</source>
        <translation>
            <numerusform>%n exam</numerusform>
            <numerusform>%n exams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) updated in {exams}.</source>
        <translation>
            <numerusform>%n question updated in {exams}.</numerusform>
            <numerusform>%n questions updated in {exams}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into {exams}.</source>
        <translation>
            <numerusform>%n question imported into {exams}.</numerusform>
            <numerusform>%n questions imported into {exams}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) kept questions out:</source>
        <translation>
            <numerusform>%n problem kept questions out:</numerusform>
            <numerusform>%n problems kept questions out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} has %n error(s); nothing was imported:</source>
        <translation>
            <numerusform>{file} has %n error; nothing was imported:</numerusform>
            <numerusform>{file} has %n errors; nothing was imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedAnswers</name>
    <message numerus="yes">
        <source>%n answer(s) could not be saved: question(s) {numbers}.</source>
        <translation>
            <numerusform>%n answer could not be saved: question {numbers}.</numerusform>
            <numerusform>%n answers could not be saved: questions {numbers}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyEmailDialog</name>
    <message numerus="yes">
        <source>We sent a code to {email}. Enter it to confirm that the address is yours; it works for %n minute(s).</source>
        <translation>
            <numerusform>We sent a code to {email}. Enter it to confirm that the address is yours; it works for %n minute.</numerusform>
            <numerusform>We sent a code to {email}. Enter it to confirm that the address is yours; it works for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message numerus="yes">
        <source>{outcome} (%n point(s))</source>
        <translation>
            <numerusform>{outcome} (%n point)</numerusform>
            <numerusform>{outcome} (%n points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{outcome} ({earned} of %n point(s))</source>
        <translation>
            <numerusform>{outcome} ({earned} of %n point)</numerusform>
            <numerusform>{outcome} ({earned} of %n points)</numerusform>
        </translation>
    </message>
</context>
</TS>
