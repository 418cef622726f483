"""A Telegram Desktop HTML export written the way Telegram Desktop writes it, for the reader's tests.

Each page: the "Exported Data" head, ``div.page_wrap`` > ``div.page_header`` (the channel's name
in ``div.text.bold``) and ``div.page_body.chat_page`` > ``div.history`` with its messages; a day
header (``div.message.service`` with a negative id) before each day's first message, pagination
links between pages.  Messages are described by small dicts; :func:`write_export` lays out the
folder (``messages.html``, ``messages2.html``, …).
"""
from __future__ import annotations

from html import escape
from pathlib import Path

HEAD = """<!DOCTYPE html>
<html>

 <head>

  <meta charset="utf-8"/>
<title>Exported Data</title>

  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>

  <link href="css/style.css" rel="stylesheet"/>

  <script src="js/script.js" type="text/javascript">

  </script>

 </head>

 <body onload="CheckLocation();">

  <div class="page_wrap">

   <div class="page_header">

    <div class="content">

     <div class="text bold">
{channel}
     </div>

    </div>

   </div>

   <div class="page_body chat_page">

    <div class="history">
"""
TAIL = """
    </div>

   </div>

  </div>

 </body>

</html>
"""


def _date_title(when: str) -> str:
    """``2025-03-02 07:15`` → ``02.03.2025 07:15:00 UTC+03:00`` (the export's tooltip)."""
    day, time = when.split(" ")
    y, m, d = day.split("-")
    return f"{d}.{m}.{y} {time}:00 UTC+03:00"


def _service(message: dict) -> str:
    return f"""
     <div class="message service" id="message{message['id']}">

      <div class="body details">
{escape(message['text'])}
      </div>

     </div>
"""


def _media(message: dict) -> str:
    if not message.get("photo"):
        return ""
    return f"""
       <div class="media_wrap clearfix">

        <a class="photo_wrap clearfix pull_left" href="photos/photo_{message['id']}@02-03-2025_07-15-00.jpg">

         <img class="photo" src="photos/photo_{message['id']}@02-03-2025_07-15-00_thumb.jpg" style="width: 260px; height: 195px"/>

        </a>

       </div>
"""


def _message(message: dict, channel: str) -> str:
    """A ``div.message.default``: ``joined`` ones (the same sender again) have no userpic or name."""
    joined = message.get("joined", False)
    text = f"""
       <div class="text">
{message['html']}
       </div>
""" if message.get("html") else ""
    content = _media(message) + text
    if message.get("forwarded_from"):
        content = f"""
       <div class="pull_left forwarded userpic_wrap">

        <div class="userpic userpic4" style="width: 42px; height: 42px">

         <div class="initials" style="line-height: 42px">
Д
         </div>

        </div>

       </div>

       <div class="forwarded body">

        <div class="from_name">
{escape(message['forwarded_from'])}<span class="date details" title="01.03.2025 10:00:00 UTC+03:00"> 01.03.2025 10:00:00</span>
        </div>
{content}
       </div>
"""
    userpic = "" if joined else f"""
      <div class="pull_left userpic_wrap">

       <div class="userpic userpic2" style="width: 42px; height: 42px">

        <div class="initials" style="line-height: 42px">
{escape(channel[:1])}
        </div>

       </div>

      </div>
"""
    name = "" if joined else f"""
       <div class="from_name">
{escape(channel)}
       </div>
"""
    return f"""
     <div class="message default clearfix{' joined' if joined else ''}" id="message{message['id']}">
{userpic}
      <div class="body">

       <div class="pull_right date details" title="{_date_title(message['date'])}">
{message['date'][-5:]}
       </div>
{name}{content}
      </div>

     </div>
"""


def page(channel: str, messages: list[dict], number: int = 1, last: bool = True) -> str:
    """One page of the export, with its day headers and pagination links."""
    parts = [HEAD.format(channel=escape(channel))]
    if number > 1:
        previous = "messages.html" if number == 2 else f"messages{number - 1}.html"
        parts.append(f'\n     <a class="pagination block_link" href="{previous}" id="show_more">\nPrevious messages\n'
                     "     </a>\n")
    day = ""
    for message in messages:
        if message.get("date", "")[:10] != day and message.get("date"):
            day = message["date"][:10]
            parts.append(_service({"id": -(len(parts)), "text": day}))
        parts.append(_service(message) if message.get("service") else _message(message, channel))
    if not last:
        parts.append(f'\n     <a class="pagination block_link" href="messages{number + 1}.html">\nNext messages\n'
                     "     </a>\n")
    parts.append(TAIL)
    return "".join(parts)


def write_export(folder: Path, channel: str, pages: list[list[dict]]) -> Path:
    """The export folder: one ``messagesN.html`` per list of messages, with the files an export has."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "css").mkdir(exist_ok=True)
    (folder / "css" / "style.css").write_text(".message { padding: 0 }\n")
    for n, messages in enumerate(pages, 1):
        name = "messages.html" if n == 1 else f"messages{n}.html"
        (folder / name).write_text(page(channel, messages, n, last=n == len(pages)), encoding="utf-8")
    return folder
