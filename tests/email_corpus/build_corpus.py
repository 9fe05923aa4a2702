# ruff: noqa: E501  -- real mail headers are long; they are kept as providers write them
"""Writes the .eml corpus beside this file: genuine-style layouts of five providers and forgeries.

Run `uv run python tests/email_corpus/build_corpus.py` after changing it; the files are committed.
Each file name starts with `genuine_` (expected: passed_provider_checks), `forged_` (expected:
not_from_kraken) or `unclear_` (expected: cannot_tell). Signed messages are made in the tests,
with a key generated there.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
DATE = "Tue, 1 Dec 2026 18:00:00 +0000"

GMAIL_TOP = """Delivered-To: alex.reader@gmail.com
Received: by 2002:a05:6a10:b48d:0:0:0:0 with SMTP id ab13csp1234567pxb;
        Tue, 1 Dec 2026 10:00:01 -0800 (PST)
X-Google-Smtp-Source: AGHT+IEx1exampleexampleexample
X-Received: by 2002:a17:902:e5c3:b0:1d4:5c2e:1234 with SMTP id u3mr1234567plf.12.1764612001;
        Tue, 01 Dec 2026 10:00:01 -0800 (PST)
ARC-Seal: i=1; a=rsa-sha256; t=1764612001; cv=none; d=google.com; s=arc-20240605; b=AbCdEf==
ARC-Authentication-Results: i=1; mx.google.com;
       dkim=pass header.i=@{domain} header.s=google header.b=AbCdEf;
       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={domain}
Return-Path: <{return_path}>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])
        by mx.google.com with SMTPS id d9443c01a7336-1d4c2b0a1c0sor1234567plh.12.2026.12.01.10.00.01
        for <alex.reader@gmail.com>
        (Google Transport Security);
        Tue, 01 Dec 2026 10:00:01 -0800 (PST)
Received-SPF: pass (google.com: domain of {return_path} designates 209.85.220.41 as permitted sender) client-ip=209.85.220.41;
Authentication-Results: mx.google.com;
       dkim={dkim} header.i=@{domain} header.s=google header.b=AbCdEf;
       spf=pass (google.com: domain of {return_path} designates 209.85.220.41 as permitted sender) smtp.mailfrom={return_path};
       dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={domain}
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; t=1764612000;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AbCdEf==
Received: by mail-sor-f41.google.com with SMTP id 98e67ed59e1d1-2a1b2c3d4e5so1234567a91.1
        for <alex.reader@gmail.com>; Tue, 01 Dec 2026 10:00:00 -0800 (PST)
"""

OUTLOOK_TOP = """Received: from DM6PR02MB1234.namprd02.prod.outlook.com (2603:10b6:5:1::1) by
 SN6PR02MB5678.namprd02.prod.outlook.com with HTTPS; Tue, 1 Dec 2026 18:00:01 +0000
Received: from BN9PR03CA0001.namprd03.prod.outlook.com (2603:10b6:408:1::1) by
 DM6PR02MB1234.namprd02.prod.outlook.com (2603:10b6:5:1::1) with Microsoft SMTP
 Server (version=TLS1_2) id 15.20.1; Tue, 1 Dec 2026 18:00:01 +0000
Authentication-Results: spf=pass (sender IP is 209.85.220.41)
 smtp.mailfrom={return_domain}; dkim={dkim} (signature was verified)
 header.d={domain};dmarc={dmarc} action=none
 header.from={domain};compauth=pass reason=100
Received-SPF: Pass (protection.outlook.com: domain of {return_domain} designates
 209.85.220.41 as permitted sender) receiver=protection.outlook.com;
 client-ip=209.85.220.41; helo=mail-sor-f41.google.com; pr=C
Received: from mail-sor-f41.google.com (209.85.220.41) by
 BN9PR03CA0001.mail.protection.outlook.com (10.167.1.1) with Microsoft SMTP
 Server (version=TLS1_3) id 15.20.1 via Frontend Transport; Tue, 1 Dec 2026 18:00:00 +0000
Return-Path: {return_path}
X-MS-Exchange-Organization-AuthSource: BN9PR03CA0001.namprd03.prod.outlook.com
X-MS-Exchange-Organization-AuthAs: Anonymous
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; b=AbCdEf==
"""

YAHOO_TOP = """Received: from 10.217.150.77
 by atlas319.free.mail.bf1.yahoo.com with HTTPS; Tue, 1 Dec 2026 18:00:01 +0000
Return-Path: <{return_path}>
Received: from 209.85.220.41 (EHLO mail-sor-f41.google.com)
 by 10.217.150.77 with SMTPs
 (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);
 Tue, 1 Dec 2026 18:00:01 +0000
X-Originating-Ip: [209.85.220.41]
Received-SPF: pass (domain of {return_domain} designates 209.85.220.41 as permitted sender)
Authentication-Results: atlas-production.v2.mail.yahoo.com;
 dkim={dkim} header.i=@{domain} header.s=google;
 spf=pass smtp.mailfrom={return_domain};
 dmarc={dmarc}(p=REJECT) header.from={domain};
X-Apparently-To: alex.reader@yahoo.com; Tue, 1 Dec 2026 18:00:01 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; b=AbCdEf==
"""

ICLOUD_TOP = """Return-Path: <{return_path}>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
 by p00-icloudmta-asmtp-us-west-1a-100-percent-5.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com (Postfix)
 with ESMTPS id 4A1B2C3D4E5F for <alex.reader@icloud.com>; Tue, 1 Dec 2026 18:00:01 +0000 (UTC)
X-ICL-SCORE: 1.00000000000
Authentication-Results: dmarc.icloud.com; dmarc={dmarc} header.from={domain}
Authentication-Results: dmarc.icloud.com; bimi=skipped reason="insufficient dmarc"
Authentication-Results: dkim-verifier.icloud.com;
	dkim={dkim} (2048-bit key) header.d={domain} header.i=@{domain} header.b=AbCdEf
Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of {return_path} designates 209.85.220.41 as permitted sender) smtp.mailfrom={return_path}
Received-SPF: pass (spf.icloud.com: domain of {return_path} designates 209.85.220.41 as permitted sender) receiver=spf.icloud.com; client-ip=209.85.220.41; helo=mail-sor-f41.google.com; envelope-from={return_path}
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; b=AbCdEf==
"""

FASTMAIL_TOP = """Return-Path: <{return_path}>
Received: from compute6.internal (compute6.nyi.internal [10.202.2.46])
	by sloti1234 (Cyrus 3.11.0-alpha0-1234-g1a2b3c4d-fm-20261125.001-g1a2b3c4d) with LMTPA;
	Tue, 01 Dec 2026 13:00:02 -0500
X-Cyrus-Session-Id: sloti1234-1764612002-1234567-2-1234567890123456789
Received: from mx6 ([10.202.2.205])
  by compute6.internal (LMTPProxy); Tue, 01 Dec 2026 13:00:02 -0500
Received: from mx6.messagingengine.com (localhost [127.0.0.1])
	by mx6.messagingengine.com (Postfix) with ESMTP id 1A2B3C4D5E
	for <alex.reader@fastmail.com>; Tue,  1 Dec 2026 13:00:02 -0500 (EST)
ARC-Authentication-Results: i=1; mx6.messagingengine.com;
    dkim=pass header.d={domain}; dmarc=pass header.from={domain}
Authentication-Results: mx6.messagingengine.com;
    dkim={dkim} (2048-bit rsa key sha256) header.d={domain} header.i=@{domain} header.b=AbCdEf header.a=rsa-sha256 header.s=google x-bits=2048;
    dmarc={dmarc} policy.published-domain-policy=reject header.from={domain};
    spf=pass smtp.mailfrom={return_path} smtp.helo=mail-sor-f41.google.com
X-ME-Authentication-Results: mx6.messagingengine.com; x-aligned-from=pass
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
	by mx6.messagingengine.com (Postfix) with ESMTPS
	for <alex.reader@fastmail.com>; Tue,  1 Dec 2026 13:00:02 -0500 (EST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; b=AbCdEf==
"""

PROTON_TOP = """Return-Path: <{return_path}>
X-Original-To: alex.reader@proton.me
Delivered-To: alex.reader@proton.me
Authentication-Results: mail.protonmail.ch; dkim={dkim} (Good 2048 bit rsa-sha256 signature) header.d={domain} header.a=rsa-sha256
Authentication-Results: mail.protonmail.ch; dmarc={dmarc} (p=reject dis=none) header.from={domain}
Authentication-Results: mail.protonmail.ch; spf=pass smtp.mailfrom={return_domain}
Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip=209.85.220.41
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) (using TLSv1.3 with cipher
 TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)
 server-digest SHA256) (No client certificate requested) by mailin035.protonmail.ch (Postfix) with
 ESMTPS id 4Ab1Cd2Ef3 for <alex.reader@proton.me>; Tue,  1 Dec 2026 18:00:01 +0000 (UTC)
X-Pm-Spam-Score: 0
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; b=AbCdEf==
"""

# Outlook.com's receiving hop is often named *.outlook.office365.com.
OUTLOOK_365_TOP = OUTLOOK_TOP.replace(
    "BN9PR03CA0001.namprd03.prod.outlook.com (2603:10b6:408:1::1) by\n DM6PR02MB1234",
    "BN9PR03CA0001.namprd03.prod.outlook.com (2603:10b6:408:1::1) by\n BN9PR03CA0002.outlook.office365.com (2603:10b6:408:1::2) with Microsoft SMTP\n Server id 15.20.2; Tue, 1 Dec 2026 18:00:01 +0000\nReceived: from BN9PR03CA0002.outlook.office365.com (2603:10b6:408:1::2) by\n DM6PR02MB1234",
)
# Yahoo names its check line after the atlas server that delivered the email.
YAHOO_ATLAS_TOP = YAHOO_TOP.replace(
    "Authentication-Results: atlas-production.v2.mail.yahoo.com;",
    "Authentication-Results: atlas319.free.mail.bf1.yahoo.com;",
)


GENUINE_BODY = """Hello,

You asked us to call you. Kraken Support will call you on Wednesday at 3 pm UTC.
If you did not ask for this call, it is a scam: do not answer it.

Kraken will never ask for your password, your 2FA codes or your seed words.

You can read more at https://support.kraken.com/hc/en-us/articles/115012482687

The Kraken Support team
"""

GENUINE_HTML = """<html><head><title>Kraken</title><style>p {color: #333}</style></head><body>
<p>Hello,</p>
<p>Your monthly statement is ready. <a href="https://www.kraken.com/sign-in">Sign in at kraken.com</a>
to read it.</p>
<p>Read about <a href="https://support.kraken.com/hc/en-us">account security</a>.</p>
<p>Kraken will never ask for your password.</p>
</body></html>
"""


FORGED_LOWER = (
    "Authentication-Results: mx.google.com; dkim=pass header.i=@kraken.com;\n"
    " dmarc=pass (p=REJECT) header.from=kraken.com\n"
)


# What a sender writes below the provider's own check line to look checked (p17, p42).
INJECTED_BELOW = (
    "Authentication-Results: mx.google.com;\n"
    "       dkim=pass header.i=@kraken.com header.s=google header.b=Q2x9aB1c;\n"
    "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=kraken.com\n"
)
GMAIL_NO_DMARC_TOP = GMAIL_TOP.replace(
    ";\n       dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={domain}\nDKIM",
    "\nDKIM",
)
# The sender's own injected line, directly under Gmail's (no Received line between them).
GMAIL_INJECTED_TOP = GMAIL_TOP.replace("DKIM-Signature:", INJECTED_BELOW + "DKIM-Signature:", 1)
GMAIL_NO_DMARC_INJECTED_TOP = GMAIL_NO_DMARC_TOP.replace(
    "DKIM-Signature:", INJECTED_BELOW + "DKIM-Signature:", 1
)
# Only a Gmail-looking Received line and a pass, as a sender writes them (p03): no mailbox,
# no internal hop, no X-Received: Gmail never delivers an email like this.
SENDER_WRITTEN_GMAIL_TOP = (
    "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n"
    "        by mx.google.com with SMTPS id a640c23a62f3a-aa6b1c2d3e4sor1234567866b.12\n"
    "        for <alex.reader@gmail.com>; Tue, 01 Dec 2026 10:00:01 -0800 (PST)\n"
    "Authentication-Results: mx.google.com;\n"
    "       dkim=pass header.i=@{domain} header.s=google header.b=AbCdEf;\n"
    "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={domain}\n"
)
PROTON_INJECTED_TOP = PROTON_TOP.replace(
    "X-Pm-Spam-Score: 0\n",
    "X-Pm-Spam-Score: 0\nAuthentication-Results: mail.protonmail.ch; dmarc=pass (p=reject "
    "dis=none) header.from=kraken.com\n",
)


def message(
    top: str,
    *,
    from_: str = "Kraken Support <support@kraken.com>",
    domain: str = "kraken.com",
    return_path: str = "bounces@email2.kraken.com",
    dmarc: str = "pass",
    dkim: str = "pass",
    extra: str = "",
    subject: str = "Your call with Kraken Support",
    content_type: str = 'text/plain; charset="UTF-8"',
    body: str = GENUINE_BODY,
    to: str = "alex.reader@gmail.com",
) -> str:
    head = top.format(
        domain=domain,
        return_path=return_path,
        return_domain=return_path.rpartition("@")[2],
        dmarc=dmarc,
        dkim=dkim,
    )
    return (
        f"{head}From: {from_}\nTo: {to}\nSubject: {subject}\nDate: {DATE}\n"
        f"Message-ID: <CAF1234example@mail.gmail.com>\n{extra}MIME-Version: 1.0\n"
        f"Content-Type: {content_type}\n\n{body}"
    )


def html_message(top: str, html: str, **kwargs: str) -> str:
    return message(top, content_type='text/html; charset="UTF-8"', body=html, **kwargs)


# The user's own mail service is one Kraken Guard does not know (its line is the topmost); below
# it the sender wrote a Gmail Received line and a Gmail pass for kraken.com.
SMALL_ISP_OVER_FAKE_GMAIL = (
    "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n"
    " by mx1.smallisp.example with ESMTPS; " + DATE + "\n" + GMAIL_TOP
)
# An Outlook-looking host name that really belongs to evil.net.
OUTLOOK_LOOKALIKE_TOP = OUTLOOK_TOP.replace(
    "SN6PR02MB5678.namprd02.prod.outlook.com with HTTPS",
    "SN6PR02MB5678.namprd02.prod.outlook.com.evil.net with HTTPS",
).replace(
    "DM6PR02MB1234.namprd02.prod.outlook.com (2603:10b6:5:1::1) with Microsoft",
    "DM6PR02MB1234.namprd02.prod.outlook.com.evil.net (2603:10b6:5:1::1) with Microsoft",
)
RECOVERY_PHRASE_BODY = (
    "Hello,\n\nYour account is locked. To unlock it, reply with your recovery phrase "
    "today.\n\nKraken Support\n"
)


CORPUS: dict[str, str] = {
    # Genuine-style: each provider's layout, the provider's DMARC pass for kraken.com.
    "genuine_gmail.eml": message(GMAIL_TOP),
    "genuine_outlook.eml": message(OUTLOOK_TOP, to="alex.reader@outlook.com"),
    "genuine_yahoo.eml": message(YAHOO_TOP, to="alex.reader@yahoo.com"),
    "genuine_icloud.eml": message(ICLOUD_TOP, to="alex.reader@icloud.com"),
    "genuine_fastmail.eml": message(FASTMAIL_TOP, to="alex.reader@fastmail.com"),
    "genuine_proton.eml": message(PROTON_TOP, to="alex.reader@proton.me"),
    "genuine_outlook_office365_hop.eml": message(OUTLOOK_365_TOP, to="alex.reader@outlook.com"),
    "genuine_yahoo_atlas_server.eml": message(YAHOO_ATLAS_TOP, to="alex.reader@yahoo.com"),
    # Kraken's SPF names Zendesk and Mailgun: their bounce addresses are normal once DMARC passed.
    "genuine_gmail_zendesk_bounce.eml": message(
        GMAIL_TOP, return_path="bounce+8f2c1@kraken.zendesk.com"
    ),
    "genuine_gmail_html_only.eml": html_message(
        GMAIL_TOP,
        GENUINE_HTML,
        from_="Kraken <no-reply@email2.kraken.com>",
        domain="email2.kraken.com",
        subject="Your statement is ready",
    ),
    # Forgeries: each must be not_from_kraken.
    "forged_lookalike_sender.eml": message(
        GMAIL_TOP,
        from_="Kraken Support <support@krakem.com>",
        domain="krakem.com",
        return_path="support@krakem.com",
    ),
    "forged_display_name_on_gmail.eml": message(
        GMAIL_TOP,
        from_='"Kraken Support" <kraken.support.desk@gmail.com>',
        domain="gmail.com",
        return_path="kraken.support.desk@gmail.com",
    ),
    "forged_domain_in_display_name.eml": message(
        GMAIL_TOP,
        from_='"support@kraken.com" <notice@secure-mailer.net>',
        domain="secure-mailer.net",
        return_path="notice@secure-mailer.net",
    ),
    "forged_reply_to_elsewhere.eml": message(
        GMAIL_TOP, extra="Reply-To: Kraken Help <kraken.help.desk@gmail.com>\n"
    ),
    # Without the provider's DMARC pass, a bounce address elsewhere is a sign of forgery.
    "forged_return_path_elsewhere.eml": message(
        GMAIL_TOP, return_path="bounce@mailer-krakenalerts.net", dmarc="none", dkim="none"
    ),
    "forged_return_path_elsewhere_no_dmarc.eml": message(
        GMAIL_TOP, return_path="bounce@bulk-mailer.example", dmarc="fail", dkim="fail"
    ),
    "forged_lower_authentication_results.eml": message(
        GMAIL_TOP,
        dmarc="fail",
        dkim="none",
        extra=FORGED_LOWER,
    ),
    "forged_dmarc_fail_outlook.eml": message(
        OUTLOOK_TOP, dmarc="fail", dkim="none", to="alex.reader@outlook.com"
    ),
    "forged_punycode_domain.eml": message(
        GMAIL_TOP,
        from_="Kraken Support <support@xn--krken-hra.com>",
        domain="xn--krken-hra.com",
        return_path="support@xn--krken-hra.com",
    ),
    "forged_mixed_script_domain.eml": message(
        GMAIL_TOP,
        from_="Kraken Support <support@kr\u0430ken.com>",
        domain="kr\u0430ken.com",
        return_path="support@kr\u0430ken.com",
    ),
    "forged_never_ask_request.eml": message(
        GMAIL_TOP,
        body=(
            "Hello,\n\nWe saw a sign-in from a new device. To keep your account open, please "
            "reply with your 2FA code and your password within one hour.\n\nKraken Support\n"
        ),
    ),
    "forged_move_funds.eml": message(
        FASTMAIL_TOP,
        body=(
            "Your account is at risk. Move your funds to the safe wallet below today.\n"
            "Wallet: bc1qexampleexampleexample\n"
        ),
        to="alex.reader@fastmail.com",
    ),
    "forged_link_text_lies_html_only.eml": html_message(
        GMAIL_TOP,
        '<html><body><p>Your withdrawal is on hold. <a href="https://kraken-verify.webflow.io/'
        'login">https://www.kraken.com/sign-in</a></p></body></html>\n',
    ),
    "forged_lookalike_link.eml": message(
        YAHOO_TOP,
        body="Please confirm your call time here: https://krakenpro.co.com/confirm\n",
        to="alex.reader@yahoo.com",
    ),
    "forged_unlisted_kraken_subdomain.eml": message(
        GMAIL_TOP,
        from_="Kraken Security <security@alerts.kraken.com>",
        domain="alerts.kraken.com",
        return_path="security@alerts.kraken.com",
    ),
    "forged_remote_access_request.eml": message(
        ICLOUD_TOP,
        body="To fix your account, download AnyDesk and send us the code it shows.\n",
        to="alex.reader@icloud.com",
    ),
    "forged_unknown_top_fake_gmail_below_asks_recovery_phrase.eml": message(
        SMALL_ISP_OVER_FAKE_GMAIL, body=RECOVERY_PHRASE_BODY
    ),
    "forged_outlook_lookalike_host_asks_recovery_phrase.eml": message(
        OUTLOOK_LOOKALIKE_TOP, body=RECOVERY_PHRASE_BODY, to="alex.reader@outlook.com"
    ),
    # An unquoted address before the real one: mail services send replies to evil@evil.com.
    "forged_address_before_real_address.eml": message(
        GMAIL_TOP,
        from_="support@kraken.com <evil@evil.com>",
        domain="evil.com",
        return_path="evil@evil.com",
    ),
    # The same From, with a pass for kraken.com that is not for the From's real domain.
    "forged_address_before_real_address_kraken_pass.eml": message(
        GMAIL_TOP, from_="support@kraken.com <evil@evil.com>"
    ),
    # The provider's own fail wins over a pass the sender wrote below it.
    "forged_gmail_fail_with_injected_pass_below.eml": message(
        GMAIL_INJECTED_TOP, dmarc="fail", dkim="none"
    ),
    "forged_proton_dmarc_fail.eml": message(
        PROTON_TOP, dmarc="fail", dkim="none", to="alex.reader@proton.me"
    ),
    "forged_yahoo_atlas_dmarc_fail.eml": message(
        YAHOO_ATLAS_TOP, dmarc="fail", dkim="none", to="alex.reader@yahoo.com"
    ),
    "forged_office365_dmarc_fail.eml": message(
        OUTLOOK_365_TOP, dmarc="fail", dkim="none", to="alex.reader@outlook.com"
    ),
    # Unclear: each must be cannot_tell (and never trusted).
    # A pass the sender wrote right under the provider's own line: two lines claim Gmail (p17).
    "unclear_gmail_no_dmarc_injected_pass_below.eml": message(GMAIL_NO_DMARC_INJECTED_TOP),
    # Gmail's own result is a DNS hiccup (temperror); the sender's pass must not fill it (p42).
    "unclear_gmail_temperror_injected_pass_below.eml": message(
        GMAIL_INJECTED_TOP, dmarc="temperror"
    ),
    "forged_gmail_no_dmarc_injected_pass_asks_to_call.eml": message(
        GMAIL_NO_DMARC_INJECTED_TOP,
        body="Hello,\n\nA withdrawal of 2.4 BTC is pending. If this was not you, call us on "
        "+1 888 416 0932.\n\nKraken\n",
    ),
    "unclear_sender_written_gmail_lines.eml": message(SENDER_WRITTEN_GMAIL_TOP),
    "unclear_proton_injected_pass_below.eml": message(
        PROTON_INJECTED_TOP, dmarc="none", dkim="none", to="alex.reader@proton.me"
    ),
    "unclear_forwarded.eml": message(
        GMAIL_TOP,
        from_="Alex Reader <alex.reader@gmail.com>",
        domain="gmail.com",
        return_path="alex.reader@gmail.com",
        subject="Fwd: Your call with Kraken Support",
        body=(
            "See below\n\n---------- Forwarded message ---------\n"
            "From: Kraken Support <support@kraken.com>\nDate: Tue, Dec 1, 2026\n"
            "Subject: Your call with Kraken Support\n\n" + GENUINE_BODY
        ),
    ),
    "unclear_forged_lower_header_provider_silent.eml": message(
        GMAIL_TOP.replace(
            ";\n       dmarc={dmarc} (p=REJECT sp=REJECT dis=NONE) header.from={domain}", ""
        ),
        dkim="none",
        extra=FORGED_LOWER,
    ),
    "unclear_unknown_top_fake_gmail_below.eml": message(SMALL_ISP_OVER_FAKE_GMAIL),
    "unclear_outlook_lookalike_host.eml": message(
        OUTLOOK_LOOKALIKE_TOP, to="alex.reader@outlook.com"
    ),
    "unclear_headers_only.eml": message(GMAIL_TOP, body=""),
    "unclear_no_authentication_results.eml": (
        "Received: from mail.example.org by mx.example.net; " + DATE + "\n"
        "From: Kraken Support <support@kraken.com>\nTo: alex@example.net\n"
        "Subject: Your call\nDate: " + DATE + "\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + GENUINE_BODY
    ),
    "unclear_unknown_provider_top_header.eml": (
        "Received: from mail.example.org by mx.example.net; " + DATE + "\n"
        "Authentication-Results: mx.example.net; dmarc=pass header.from=kraken.com\n"
        "From: Kraken Support <support@kraken.com>\nTo: alex@example.net\n"
        "Subject: Your call\nDate: " + DATE + "\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + GENUINE_BODY
    ),
    "unclear_forged_google_header_without_google.eml": (
        "Received: from mail.example.org by mx.example.net; " + DATE + "\n"
        "Authentication-Results: mx.google.com; dmarc=pass header.from=kraken.com\n"
        "From: Kraken Support <support@kraken.com>\nTo: alex@example.net\n"
        "Subject: Your call\nDate: " + DATE + "\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + GENUINE_BODY
    ),
    "unclear_unknown_charset.eml": (
        "Received: from mail.example.org by mx.example.net; " + DATE + "\n"
        "From: Kraken Support <support@kraken.com>\nTo: alex@example.net\n"
        "Subject: Your call\nDate: " + DATE + "\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="x-klingon-8"\n\n' + GENUINE_BODY
    ),
    "unclear_broken_mime.eml": (
        "Received: from mail.example.org by mx.example.net; " + DATE + "\n"
        "From: Kraken Support <support@kraken.com>\nTo: alex@example.net\n"
        "Subject: Your call\nDate: " + DATE + "\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed\n\n--nowhere\nContent-Type: text/plain\n\nHello\n"
    ),
}


def main() -> None:
    for name, text in CORPUS.items():
        (HERE / name).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    print(f"wrote {len(CORPUS)} files to {HERE}")


if __name__ == "__main__":
    main()
