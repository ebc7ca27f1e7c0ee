<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyService</name>
    <message numerus="yes">
        <source>Your key is limited to %1 requests per %n second(s), so a key it creates or changes needs a rate limit no looser: no more requests per window and no higher rate.</source>
        <translation>
            <numerusform>Your key is limited to %1 requests per %n second, so a key it creates or changes needs a rate limit no looser: no more requests per window and no higher rate.</numerusform>
            <numerusform>Your key is limited to %1 requests per %n seconds, so a key it creates or changes needs a rate limit no looser: no more requests per window and no higher rate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins for this email. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for this email. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for this email. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::models::KeyTableModel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n call(s) in any %1 seconds; the calls after that get 429 Too Many Requests.</source>
        <translation>
            <numerusform>At most %n call in any %1 seconds; the calls after that get 429 Too Many Requests.</numerusform>
            <numerusform>At most %n calls in any %1 seconds; the calls after that get 429 Too Many Requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ActivityPage</name>
    <message numerus="yes">
        <source>%n event(s) shown; more are older</source>
        <translation>
            <numerusform>%n event shown; more are older</numerusform>
            <numerusform>%n events shown; more are older</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::AttentionBar</name>
    <message numerus="yes">
        <source>“%1” was created %n day(s) ago; roll it regularly.</source>
        <translation>
            <numerusform>“%1” was created %n day ago; roll it regularly.</numerusform>
            <numerusform>“%1” was created %n days ago; roll it regularly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within 7 days.</source>
        <translation>
            <numerusform>%n key expires within 7 days.</numerusform>
            <numerusform>%n keys expire within 7 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) are older than 90 days.</source>
        <translation>
            <numerusform>%n secret key is older than 90 days.</numerusform>
            <numerusform>%n secret keys are older than 90 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters. Your other sessions, on every computer, end at once; this one stays signed in.</source>
        <translation>
            <numerusform>At least %n character. Your other sessions, on every computer, end at once; this one stays signed in.</numerusform>
            <numerusform>At least %n characters. Your other sessions, on every computer, end at once; this one stays signed in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::CreateKeyDialog</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need a change; each says what is wrong.</source>
        <translation>
            <numerusform>%n field needs a change; it says what is wrong.</numerusform>
            <numerusform>%n fields need a change; each says what is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::KeysPage</name>
    <message numerus="yes">
        <source>%n key(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n key loaded; scroll for more</numerusform>
            <numerusform>%n keys loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::MainWindow</name>
    <message numerus="yes">
        <source>✔ Hash chain intact: %n record(s) checked.</source>
        <translation>
            <numerusform>✔ Hash chain intact: %n record checked.</numerusform>
            <numerusform>✔ Hash chain intact: %n records checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test event delivered to %1 at %2: the receiver answered %3 in %n ms.</source>
        <translation>
            <numerusform>Test event delivered to %1 at %2: the receiver answered %3 in %n ms.</numerusform>
            <numerusform>Test event delivered to %1 at %2: the receiver answered %3 in %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test event to %1 at %2 not accepted: the receiver answered %3 in %n ms. It must answer 2xx.</source>
        <translation>
            <numerusform>Test event to %1 at %2 not accepted: the receiver answered %3 in %n ms. It must answer 2xx.</numerusform>
            <numerusform>Test event to %1 at %2 not accepted: the receiver answered %3 in %n ms. It must answer 2xx.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test event to %1 at %2 not delivered: no answer within %n ms. Check that the receiver is running and reachable.</source>
        <translation>
            <numerusform>Test event to %1 at %2 not delivered: no answer within %n ms. Check that the receiver is running and reachable.</numerusform>
            <numerusform>Test event to %1 at %2 not delivered: no answer within %n ms. Check that the receiver is running and reachable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::SecretRevealDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second unless you copy something else.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds unless you copy something else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ui::UsageChart</name>
    <message numerus="yes">
        <source>No calls in the last %n day(s).</source>
        <translation>
            <numerusform>No calls in the last %n day.</numerusform>
            <numerusform>No calls in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %1 allowed, %2 refused. Busiest day: %3 (%4 calls).</source>
        <translation>
            <numerusform>Last %n day: %1 allowed, %2 refused. Busiest day: %3 (%4 calls).</numerusform>
            <numerusform>Last %n days: %1 allowed, %2 refused. Busiest day: %3 (%4 calls).</numerusform>
        </translation>
    </message>
</context>
</TS>
