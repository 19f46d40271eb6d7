<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
