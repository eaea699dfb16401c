# Kratos v1.3.1 messages, Finnish. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Kirjaudu sisään
kratos-1010002 = Kirjaudu { $provider } -tilillä
kratos-1010003 = Vahvista tämä toiminto osoittamalla, että kyse on sinusta.
kratos-1010004 = Suorita tunnistautumisen toinen vaihe.
kratos-1010005 = Vahvista
kratos-1010006 = Tunnistautumiskoodi
kratos-1010007 = Varakoodi
kratos-1010008 = Kirjaudu suojausavaimella
kratos-1010009 = Käytä todennussovellusta
kratos-1010010 = Käytä varakoodia
kratos-1010011 = Kirjaudu suojausavaimella
kratos-1010012 = Pidä WebAuthn-laitteesi valmiina (suojausavain, sormenjälkilukija …) ja valitse ”Jatka”.
kratos-1010013 = Jatka
kratos-1010014 = Lähetimme koodin antamaasi sähköpostiosoitteeseen. Jos viestiä ei kuulu, tarkista osoitteen kirjoitusasu ja yritä kirjautua uudelleen.
kratos-1010015 = Lähetä kirjautumiskoodi
kratos-1010016 = Yritit kirjautua tunnuksella ”{ $duplicate_identifier }”, mutta sähköpostiosoite on jo toisen tilin käytössä. Kirjaudu tilillesi jollakin alla olevista tavoista, niin voit lisätä ”{ $duplicate_identifier }” (palvelussa ”{ $provider }”) uudeksi kirjautumistavaksi.
kratos-1010017 = Kirjaudu ja yhdistä
kratos-1010018 = Vahvista { $provider } -tilillä
kratos-1010019 = Pyydä koodi jatkaaksesi
kratos-1010021 = Kirjaudu pääsyavaimella
kratos-1010022 = Kirjaudu salasanalla
kratos-1010023 = Lähetä koodi osoitteeseen { $address }

## registration
kratos-1040001 = Rekisteröidy
kratos-1040002 = Rekisteröidy { $provider } -tilillä
kratos-1040003 = Jatka
kratos-1040004 = Rekisteröidy suojausavaimella
kratos-1040005 = Lähetimme koodin antamaasi sähköpostiosoitteeseen. Jos viestiä ei kuulu, tarkista osoitteen kirjoitusasu ja yritä rekisteröityä uudelleen.
kratos-1040006 = Lähetä rekisteröitymiskoodi
kratos-1040007 = Rekisteröidy pääsyavaimella
kratos-1040008 = Takaisin
kratos-1040009 = Valitse, miten haluat tunnistautua.

## settings
kratos-1050001 = Muutokset on tallennettu!
kratos-1050002 = Yhdistä { $provider }
kratos-1050003 = Poista yhteys: { $provider }
kratos-1050004 = Poista todennussovellus
kratos-1050005 = Todennussovelluksen QR-koodi
kratos-1050006 = { $secret }
kratos-1050007 = Näytä varakoodit
kratos-1050008 = Luo uudet varakoodit
kratos-1050009 = { $secret }
kratos-1050010 = Nämä ovat varakoodisi. Säilytä ne turvallisessa paikassa!
kratos-1050011 = Vahvista varakoodit
kratos-1050012 = Lisää suojausavain
kratos-1050013 = Suojausavaimen nimi
kratos-1050014 = Käytetty { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Poista tämä tapa käytöstä
kratos-1050017 = Tämä on todennussovelluksesi salainen avain. Käytä sitä, jos et voi lukea QR-koodia.
kratos-1050018 = Poista suojausavain ”{ $display_name }”
kratos-1050019 = Lisää pääsyavain
kratos-1050020 = Poista pääsyavain ”{ $display_name }”

## recovery
kratos-1060001 = Tilisi on palautettu. Vaihda salasanasi tai ota käyttöön toinen kirjautumistapa (esim. sosiaalisen median tili) { $privileged_session_expires_at_minutes ->
        [one] seuraavan minuutin kuluessa
       *[other] seuraavien { $privileged_session_expires_at_minutes } minuutin kuluessa
    }.
kratos-1060002 = Lähetimme palautuslinkin antamaasi sähköpostiosoitteeseen. Jos viestiä ei kuulu, tarkista osoitteen kirjoitusasu ja että käytät samaa osoitetta kuin rekisteröityessäsi.
kratos-1060003 = Lähetimme palautuskoodin antamaasi sähköpostiosoitteeseen. Jos viestiä ei kuulu, tarkista osoitteen kirjoitusasu ja että käytät samaa osoitetta kuin rekisteröityessäsi.

## node
kratos-1070001 = Salasana
kratos-1070002 = { $title }
kratos-1070003 = Tallenna
kratos-1070004 = Tunnus
kratos-1070005 = Lähetä
kratos-1070006 = Vahvista koodi
kratos-1070007 = Sähköposti
kratos-1070008 = Lähetä koodi uudelleen
kratos-1070009 = Jatka
kratos-1070010 = Palautuskoodi
kratos-1070011 = Vahvistuskoodi
kratos-1070012 = Rekisteröitymiskoodi
kratos-1070013 = Kirjautumiskoodi
kratos-1070014 = Kirjaudu ja yhdistä tunnistetiedot
kratos-1070015 = Ratkaise captcha jatkaaksesi.

## verification
kratos-1080001 = Lähetimme vahvistuslinkin antamaasi sähköpostiosoitteeseen. Jos viestiä ei kuulu, tarkista osoitteen kirjoitusasu ja että käytät samaa osoitetta kuin rekisteröityessäsi.
kratos-1080002 = Sähköpostiosoitteesi on vahvistettu.
kratos-1080003 = Lähetimme vahvistuskoodin antamaasi sähköpostiosoitteeseen. Jos viestiä ei kuulu, tarkista osoitteen kirjoitusasu ja että käytät samaa osoitetta kuin rekisteröityessäsi.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Kenttä { $property } puuttuu.
kratos-4000003 = { $min_length ->
        [one] Vähintään { $min_length } merkki vaaditaan
       *[other] Vähintään { $min_length } merkkiä vaaditaan
    } (nyt { $actual_length }).
kratos-4000004 = Ei vastaa mallia ”{ $pattern }”.
kratos-4000005 = Salasanaa ei voi käyttää: { $reason }.
kratos-4000006 = Tunnistetiedot ovat virheelliset. Tarkista salasanan ja käyttäjänimen, sähköpostiosoitteen tai puhelinnumeron kirjoitusasu.
kratos-4000007 = Samalla tunnisteella (sähköposti, puhelin, käyttäjänimi …) on jo tili.
kratos-4000008 = Tunnistautumiskoodi on virheellinen. Yritä uudelleen.
kratos-4000009 = Kirjautumistunnisteita ei löytynyt. Jäivätkö ne asettamatta? Syynä voi olla myös palvelimen virheellinen määritys.
kratos-4000010 = Tili ei ole vielä aktiivinen. Oletko vahvistanut sähköpostiosoitteesi?
kratos-4000011 = Sinulla ei ole käytössä todennussovellusta.
kratos-4000012 = Tämä varakoodi on jo käytetty.
kratos-4000013 = Sinulla ei ole käytössä WebAuthn-laitetta.
kratos-4000014 = Sinulla ei ole varakoodeja.
kratos-4000015 = Tiliä ei ole tai sillä ei ole suojausavainta.
kratos-4000016 = Varakoodi ei kelpaa.
kratos-4000017 = { $max_length ->
        [one] Enintään { $max_length } merkki sallitaan
       *[other] Enintään { $max_length } merkkiä sallitaan
    } (nyt { $actual_length }).
kratos-4000018 = Arvon on oltava vähintään { $minimum }, mutta se on { $actual }.
kratos-4000019 = Arvon on oltava suurempi kuin { $minimum }, mutta se on { $actual }.
kratos-4000020 = Arvo saa olla enintään { $maximum }, mutta se on { $actual }.
kratos-4000021 = Arvon on oltava pienempi kuin { $maximum }, mutta se on { $actual }.
kratos-4000022 = { $actual } ei ole luvun { $base } monikerta.
kratos-4000023 = { $max_items ->
        [one] Enintään { $max_items } kohde sallitaan
       *[other] Enintään { $max_items } kohdetta sallitaan
    } (nyt { $actual_items }).
kratos-4000024 = { $min_items ->
        [one] Vähintään { $min_items } kohde vaaditaan
       *[other] Vähintään { $min_items } kohdetta vaaditaan
    } (nyt { $actual_items }).
kratos-4000025 = Kohdat { $index_a } ja { $index_b } ovat samat.
kratos-4000026 = Odotettiin: { $allowed_types }, saatiin: { $actual_type }.
kratos-4000027 = Samalla tunnisteella (sähköposti, puhelin, käyttäjänimi …) on jo tili. Kirjaudu nykyiselle tilillesi, niin voit yhdistää siihen sosiaalisen median profiilisi.
kratos-4000028 = Yritit kirjautua tunnisteella, joka on jo toisen tilin käytössä: { $credential_identifier_hint }.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Voit kirjautua käyttämällä: { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Voit kirjautua jollakin näistä palveluista: { $available_oidc_providers }.
    }
kratos-4000029 = Arvon on oltava { $expected }.
kratos-4000030 = Arvo ei ole odotettu.
kratos-4000031 = Salasanaa ei voi käyttää, koska se muistuttaa liikaa tunnistetta.
kratos-4000032 = Salasanassa on oltava vähintään { $min_length } merkkiä (nyt { $actual_length }).
kratos-4000033 = Salasanassa saa olla enintään { $max_length } merkkiä (nyt { $actual_length }).
kratos-4000034 = Tämä salasana on löytynyt tietovuodoista, eikä sitä saa enää käyttää.
kratos-4000035 = Tiliä ei ole tai sille ei ole otettu käyttöön koodilla kirjautumista.
kratos-4000036 = Annetut tiedot eivät vastaa tähän vaiheeseen aiemmin liitettyjä tietoja.
kratos-4000037 = Tiliä ei ole tai sillä ei ole yhtään kirjautumistapaa.
kratos-4000038 = Captcha-tarkistus epäonnistui. Yritä uudelleen.

## login errors
kratos-4010001 = Kirjautuminen vanheni { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuutti sitten
       *[other] { $expired_at_minutes } minuuttia sitten
    }. Yritä uudelleen.
kratos-4010002 = Sopivaa kirjautumistapaa ei löytynyt. Täytitkö lomakkeen oikein?
kratos-4010003 = Sopivaa rekisteröitymistapaa ei löytynyt. Täytitkö lomakkeen oikein?
kratos-4010004 = Sopivaa tapaa päivittää asetuksiasi ei löytynyt. Täytitkö lomakkeen oikein?
kratos-4010005 = Sopivaa tapaa palauttaa tilisi ei löytynyt. Täytitkö lomakkeen oikein?
kratos-4010006 = Sopivaa tapaa vahvistaa tilisi ei löytynyt. Täytitkö lomakkeen oikein?
kratos-4010007 = Pyyntö on jo suoritettu onnistuneesti, eikä sitä voi toistaa.
kratos-4010008 = Kirjautumiskoodi on virheellinen tai jo käytetty. Yritä uudelleen.
kratos-4010009 = Yhdistetyt tunnistetiedot eivät täsmää.
kratos-4010010 = Antamasi osoite ei vastaa mitään tämän tilin tunnetuista osoitteista.

## registration errors
kratos-4040001 = Rekisteröityminen vanheni { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuutti sitten
       *[other] { $expired_at_minutes } minuuttia sitten
    }. Yritä uudelleen.
kratos-4040002 = Pyyntö on jo suoritettu onnistuneesti, eikä sitä voi toistaa.
kratos-4040003 = Rekisteröitymiskoodi on virheellinen tai jo käytetty. Yritä uudelleen.

## settings errors
kratos-4050001 = Asetusten muuttaminen vanheni { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuutti sitten
       *[other] { $expired_at_minutes } minuuttia sitten
    }. Yritä uudelleen.

## recovery errors
kratos-4060001 = Pyyntö on jo suoritettu onnistuneesti, eikä sitä voi toistaa.
kratos-4060002 = Tilin palauttaminen epäonnistui, ja se on aloitettava alusta.
kratos-4060004 = Palautuslinkki on virheellinen tai jo käytetty. Aloita alusta.
kratos-4060005 = Tilin palauttaminen vanheni { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuutti sitten
       *[other] { $expired_at_minutes } minuuttia sitten
    }. Yritä uudelleen.
kratos-4060006 = Palautuskoodi on virheellinen tai jo käytetty. Yritä uudelleen.

## verification errors
kratos-4070001 = Vahvistuslinkki on virheellinen tai jo käytetty. Aloita alusta.
kratos-4070002 = Pyyntö on jo suoritettu onnistuneesti, eikä sitä voi toistaa.
kratos-4070003 = Vahvistus epäonnistui, ja se on aloitettava alusta.
kratos-4070005 = Vahvistus vanheni { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuutti sitten
       *[other] { $expired_at_minutes } minuuttia sitten
    }. Yritä uudelleen.
kratos-4070006 = Vahvistuskoodi on virheellinen tai jo käytetty. Yritä uudelleen.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = salasana
kratos-credential-type-oidc = sosiaalisen median tili
kratos-credential-type-webauthn = pääsyavain tai suojausavain
kratos-credential-type-passkey = pääsyavain
kratos-credential-identifier-fallback = sähköpostiosoite, puhelinnumero tai käyttäjänimi
