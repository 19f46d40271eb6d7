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
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>For %n day(s), or until you sign out. Do not use this on a shared computer.</source>
        <translation>
            <numerusform>For %n day, or until you sign out. Do not use this on a shared computer.</numerusform>
            <numerusform>For %n days, or until you sign out. Do not use this on a shared computer.</numerusform>
        </translation>
    </message>
</context>
</TS>
