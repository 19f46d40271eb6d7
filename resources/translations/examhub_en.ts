<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttemptLifecycle</name>
    <message numerus="yes">
        <source>%n minute(s) left. Your answers are saved as you go.</source>
        <translation>
            <numerusform>%n minute left. Your answers are saved as you go.</numerusform>
            <numerusform>%n minutes left. Your answers are saved as you go.</numerusform>
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
    <name>ReviewView</name>
    <message numerus="yes">
        <source>%n essay(s) to mark.</source>
        <translation>
            <numerusform>%n essay to mark.</numerusform>
            <numerusform>%n essays to mark.</numerusform>
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
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts toward your results: you have %n minute(s); you see your score and the right answers after you submit.</source>
        <translation>
            <numerusform>Counts toward your results: you have %n minute; you see your score and the right answers after you submit.</numerusform>
            <numerusform>Counts toward your results: you have %n minutes; you see your score and the right answers after you submit.</numerusform>
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
