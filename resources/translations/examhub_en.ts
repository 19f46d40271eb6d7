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
    <name>VerifyEmailDialog</name>
    <message numerus="yes">
        <source>We sent a code to {email}. Enter it to confirm that the address is yours; it works for %n minute(s).</source>
        <translation>
            <numerusform>We sent a code to {email}. Enter it to confirm that the address is yours; it works for %n minute.</numerusform>
            <numerusform>We sent a code to {email}. Enter it to confirm that the address is yours; it works for %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
