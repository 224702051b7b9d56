<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CalculatorPanel</name>
    <message>
        <source>Remittance calculator</source>
        <translation>송금 계산기</translation>
    </message>
    <message>
        <source>The saved scenario</source>
        <translation>저장된 시나리오</translation>
    </message>
    <message>
        <source>Lifeline scenario (*.json)</source>
        <translation>Lifeline 시나리오 (*.json)</translation>
    </message>
    <message>
        <source>Save this scenario</source>
        <translation>이 시나리오 저장</translation>
    </message>
    <message>
        <source>Lifeline scenario (*.json);;All files (*)</source>
        <translation>Lifeline 시나리오 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Load a scenario</source>
        <translation>시나리오 불러오기</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Save the results as CSV</source>
        <translation>결과를 CSV로 저장</translation>
    </message>
    <message>
        <source>The calculator could not start: %1</source>
        <translation>계산기를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation>시나리오 저장…</translation>
    </message>
    <message>
        <source>Load scenario…</source>
        <translation>시나리오 불러오기…</translation>
    </message>
    <message>
        <source>Export results (CSV)…</source>
        <translation>결과 내보내기(CSV)…</translation>
    </message>
    <message>
        <source>Copy results as text</source>
        <translation>결과를 텍스트로 복사</translation>
    </message>
    <message>
        <source>Reset to the story</source>
        <translation>이야기 속 숫자로 되돌리기</translation>
    </message>
    <message>
        <source>Calculator messages</source>
        <translation>계산기 메시지</translation>
    </message>
    <message>
        <source>Describe the result</source>
        <translation>결과 설명</translation>
    </message>
    <message>
        <source>Read the whole calculation in sentences (%1)</source>
        <translation>계산 전체를 문장으로 읽어 줍니다 (%1)</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>%1 슬라이더</translation>
    </message>
    <message>
        <source>Broker chain chart</source>
        <translation>브로커 사슬 그래프</translation>
    </message>
</context>
<context>
    <name>ChapterList</name>
    <message>
        <source>Chapters</source>
        <translation>장 목록</translation>
    </message>
    <message>
        <source>Lifeline: title page</source>
        <translation>Lifeline: 표지</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>아직 읽지 않음</translation>
    </message>
</context>
<context>
    <name>ChapterPage</name>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>%2장 중 %1장</translation>
    </message>
    <message>
        <source>Next chapter  ▶</source>
        <translation>다음 장  ▶</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>링크: %1</translation>
    </message>
    <message>
        <source>This chapter could not be opened</source>
        <translation>이 장을 열 수 없습니다</translation>
    </message>
    <message>
        <source>File: %1
Problem: %2</source>
        <translation>파일: %1
문제: %2</translation>
    </message>
    <message>
        <source>The other chapters still work. A teacher can fix this file in a text editor (see docs/content-format.md), then reopen Lifeline.</source>
        <translation>다른 장은 그대로 볼 수 있습니다. 교사가 텍스트 편집기로 이 파일을 고친 뒤(docs/content-format.md 참고) Lifeline을 다시 열면 됩니다.</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <source>Reading hand-ins…</source>
        <translation>제출 파일을 읽는 중…</translation>
    </message>
    <message>
        <source>Each student&apos;s attempts at this question</source>
        <translation>이 문제에 대한 학생별 시도</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the class report</source>
        <translation>학급 보고서 내보내기</translation>
    </message>
    <message>
        <source>Each student&apos;s attempts (choose a question above):</source>
        <translation>학생별 시도(위에서 문제를 고르세요):</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>보고서를 저장하지 못했습니다. %1</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>%1(으)로 대체됨</translation>
    </message>
    <message>
        <source>cannot write %1: the name must end in .csv or .pdf</source>
        <translation>%1을(를) 쓸 수 없습니다: 파일 이름은 .csv나 .pdf로 끝나야 합니다</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Lesson plan</source>
        <translation>수업 지도안</translation>
    </message>
    <message>
        <source>Hand in my answers: choose the folder (a USB stick, a shared drive)</source>
        <translation>답안 제출: 폴더를 고르세요(USB 메모리, 공유 드라이브)</translation>
    </message>
    <message>
        <source>Class report: choose the folder with the hand-ins</source>
        <translation>학급 보고서: 제출 파일이 있는 폴더를 고르세요</translation>
    </message>
    <message>
        <source>Type your name and class first, then hand in.</source>
        <translation>먼저 이름과 반을 입력한 다음 제출하세요.</translation>
    </message>
    <message>
        <source>**The glossary could not be loaded.** %1</source>
        <translation>**용어 사전을 불러올 수 없습니다.** %1</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어 사전</translation>
    </message>
    <message>
        <source>Handout saved: %1</source>
        <translation>학습지를 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Your answers were handed in: %1</source>
        <translation>답안을 제출했습니다: %1</translation>
    </message>
    <message>
        <source>The questions for this chapter could not be loaded: %1</source>
        <translation>이 장의 문제를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>**The lesson plan could not be loaded.** %1</source>
        <translation>**수업 지도안을 불러올 수 없습니다.** %1</translation>
    </message>
    <message>
        <source>There are no hand-in files (*.lifeline-answers) in %1.</source>
        <translation>%1에 제출 파일(*.lifeline-answers)이 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the handout: %1</source>
        <translation>학습지를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>lifeline: class report of %1 students written to %2 (%3 files could not be used)</source>
        <translation>lifeline: 학생 %1명의 학급 보고서를 %2에 썼습니다(사용할 수 없는 파일 %3개)</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide</source>
        <translation>교사용 지도서</translation>
    </message>
    <message>
        <source>say who is handing in: --student NAME (and --class CLASS)</source>
        <translation>누가 제출하는지 알려 주세요: --student 이름 (그리고 --class 반)</translation>
    </message>
    <message>
        <source>lifeline: answers handed in as %1</source>
        <translation>lifeline: 답안을 %1(으)로 제출했습니다</translation>
    </message>
    <message>
        <source>no hand-in files (*.lifeline-answers) in %1 or below</source>
        <translation>%1과(와) 그 아래 폴더에 제출 파일(*.lifeline-answers)이 없습니다</translation>
    </message>
    <message>
        <source>lifeline: teacher&apos;s guide written to %1</source>
        <translation>lifeline: 교사용 지도서를 %1에 썼습니다</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>the report&apos;s name must end in .csv or .pdf: %1</source>
        <translation>보고서 파일 이름은 .csv나 .pdf로 끝나야 합니다: %1</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Data table: %1</source>
        <translation>데이터 표: %1</translation>
    </message>
    <message>
        <source>Fact IDs</source>
        <translation>근거 사실 ID</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Scroll down a screen</source>
        <translation>한 화면 아래로 스크롤</translation>
    </message>
    <message>
        <source>Scroll up a screen</source>
        <translation>한 화면 위로 스크롤</translation>
    </message>
    <message>
        <source>Move between chapter list and reading pane</source>
        <translation>장 목록과 본문 사이를 이동</translation>
    </message>
    <message>
        <source>Move between links, tabs and buttons</source>
        <translation>링크, 탭, 버튼 사이 이동</translation>
    </message>
    <message>
        <source>Presentation mode: next slide (PgUp, ←: back)</source>
        <translation>발표 모드: 다음 슬라이드 (PgUp, ←: 이전)</translation>
    </message>
    <message>
        <source>Presentation mode: blank the screen</source>
        <translation>발표 모드: 화면 가리기</translation>
    </message>
    <message>
        <source>Presentation mode: back to the reader</source>
        <translation>발표 모드: 읽기 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어 사전</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Lifeline hit a problem</source>
        <translation>Lifeline에 문제가 생겼습니다</translation>
    </message>
    <message>
        <source>About Lifeline</source>
        <translation>Lifeline 정보</translation>
    </message>
    <message>
        <source>From the article</source>
        <translation>기사에 나온 사실</translation>
    </message>
    <message>
        <source>From another public source</source>
        <translation>다른 공개 자료에 나온 사실</translation>
    </message>
    <message>
        <source>Worked out in Lifeline</source>
        <translation>Lifeline에서 계산한 값</translation>
    </message>
    <message>
        <source>Lifeline works offline and does not open web pages. This link points to the address below; copy it to open it later on a computer with internet access.</source>
        <translation>Lifeline은 오프라인으로 작동하며 웹 페이지를 열지 않습니다. 이 링크는 아래 주소를 가리킵니다. 주소를 복사해 두었다가 나중에 인터넷에 연결된 컴퓨터에서 열어 보세요.</translation>
    </message>
    <message>
        <source>Something went wrong. Your reading progress is saved. You can keep reading; if this happens again, please send the log file to whoever looks after this computer.</source>
        <translation>문제가 생겼습니다. 읽은 기록은 저장되어 있으니 계속 읽어도 됩니다. 같은 일이 또 생기면 이 컴퓨터를 관리하는 분께 기록 파일을 보내 주세요.</translation>
    </message>
    <message>
        <source>Lifeline retells, in its own words and for the classroom, reporting by Josephine Ma for the South China Morning Post (27 August 2018). The reporting is the SCMP&apos;s; every number in the app links to its source. A chapter on what happened next uses reports published up to January 2026; its data run to 2025. Lifeline works offline and never connects to the internet.</source>
        <translation>Lifeline은 사우스차이나모닝포스트(SCMP)에 실린 조세핀 마 기자의 보도(2018년 8월 27일)를 수업에 맞게 자체의 말로 다시 들려줍니다. 보도 내용은 SCMP의 것이며, 앱에 나오는 모든 숫자는 출처로 연결됩니다. 그 뒤에 일어난 일을 다룬 장은 2026년 1월까지 발표된 보도를 쓰며, 자료는 2025년까지입니다. Lifeline은 오프라인으로 작동하며 인터넷에 연결하지 않습니다.</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>출처 %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>기록 파일: %1</translation>
    </message>
    <message>
        <source>No source is recorded for %1.</source>
        <translation>%1에 대한 출처가 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Who says so: %1</source>
        <translation>누가 말했나: %1</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>계산: %1</translation>
    </message>
    <message>
        <source>Worked out from: %1</source>
        <translation>계산에 쓴 사실: %1</translation>
    </message>
    <message>
        <source>No glossary entry for &apos;%1&apos;.</source>
        <translation>용어 사전에 &apos;%1&apos; 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>FigureFactory</name>
    <message>
        <source>The calculator is not available: %1</source>
        <translation>계산기를 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <source>Figure: %1</source>
        <translation>그래프: %1</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>설명 보기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>그림(PNG)…</translation>
    </message>
    <message>
        <source>Picture (SVG)…</source>
        <translation>그림(SVG)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>데이터(CSV)…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>%1: chart, table and sources</source>
        <translation>%1: 그래프, 표, 출처</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>그래프를 그리는 중…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>표 복사</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Views of %1</source>
        <translation>%1 보기 방식</translation>
    </message>
    <message>
        <source>Show the text description of %1</source>
        <translation>%1: 글로 된 설명 보기</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>Copy the table of %1</source>
        <translation>%1: 표 복사하기</translation>
    </message>
    <message>
        <source>This figure could not be shown.
%1</source>
        <translation>이 그래프를 보여 줄 수 없습니다.
%1</translation>
    </message>
    <message>
        <source>Figure unavailable</source>
        <translation>그래프를 볼 수 없음</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>그래프 내보내기</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Tick one box.</source>
        <translation>하나를 골라 표시하세요.</translation>
    </message>
    <message>
        <source>Lifeline · Chapter %1</source>
        <translation>Lifeline · %1장</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Check your understanding</source>
        <translation>이해했는지 확인하기</translation>
    </message>
    <message>
        <source>Lifeline · Chapter %1 of %2</source>
        <translation>Lifeline · %2장 중 %1장</translation>
    </message>
    <message>
        <source>Figure %1 · sources: %2</source>
        <translation>그래프 %1 · 출처: %2</translation>
    </message>
    <message>
        <source>In the Lifeline app, an interactive part appears here.</source>
        <translation>Lifeline 앱에서는 이 자리에 직접 조작해 볼 수 있는 부분이 나옵니다.</translation>
    </message>
    <message>
        <source>Words to know</source>
        <translation>알아 둘 낱말</translation>
    </message>
    <message>
        <source>*The figure “%1” could not be drawn.*</source>
        <translation>*“%1” 그래프를 그릴 수 없습니다.*</translation>
    </message>
    <message>
        <source>Lifeline: %1. %2</source>
        <translation>Lifeline: %1. %2</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>%1장: %2</translation>
    </message>
    <message>
        <source>Your answer: %1 %2</source>
        <translation>내 답: %1 %2</translation>
    </message>
    <message>
        <source>Name: %1   Class: %2   Date: %3</source>
        <translation>이름: %1   반: %2   날짜: %3</translation>
    </message>
    <message>
        <source>In the Lifeline app an interactive calculator appears here. It starts from the numbers in the story; open chapter 8 in the app to change them and see what reaches the family.</source>
        <translation>Lifeline 앱에서는 이 자리에 숫자를 바꿔 볼 수 있는 계산기가 나옵니다. 계산기는 이야기 속 숫자에서 시작합니다. 앱에서 8장을 열고 숫자를 바꾸어 가족에게 실제로 얼마가 닿는지 살펴보세요.</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>그래프 %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
</context>
<context>
    <name>Heading</name>
    <message>
        <source>heading level %1</source>
        <translation>%1단계 제목</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading pane</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Position in this chapter</source>
        <translation>이 장에서 읽은 위치</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>나의 학습 현황</translation>
    </message>
    <message>
        <source>Lesson plan</source>
        <translation>수업 지도안</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어 사전</translation>
    </message>
    <message>
        <source>%1 — Lifeline</source>
        <translation>%1 — Lifeline</translation>
    </message>
    <message>
        <source>%1. %2 — Lifeline</source>
        <translation>%1. %2 — Lifeline</translation>
    </message>
    <message>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <source>Text size %1%</source>
        <translation>글자 크기 %1%</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>언어를 바꿨습니다.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Export chapter handout as PDF…</source>
        <translation>이 장의 학습지를 PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Print chapter handout…</source>
        <translation>이 장의 학습지 인쇄…</translation>
    </message>
    <message>
        <source>Print lesson plan…</source>
        <translation>수업 지도안 인쇄…</translation>
    </message>
    <message>
        <source>My answers and progress…</source>
        <translation>내 답과 학습 현황…</translation>
    </message>
    <message>
        <source>Hand in my answers…</source>
        <translation>답안 제출…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>기본 글자 크기</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Teacher &amp;mode</source>
        <translation>교사 모드(&amp;M)</translation>
    </message>
    <message>
        <source>Teacher notes and answer key</source>
        <translation>교사용 노트와 정답</translation>
    </message>
    <message>
        <source>Class report…</source>
        <translation>학급 보고서…</translation>
    </message>
    <message>
        <source>Lesson plan</source>
        <translation>수업 지도안</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>표지</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>이전 장</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>다음 장</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>나의 학습 현황</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어 사전</translation>
    </message>
    <message>
        <source>Lesson plan (for teachers)</source>
        <translation>수업 지도안(교사용)</translation>
    </message>
    <message>
        <source>About Lifeline</source>
        <translation>Lifeline 정보</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Go to a chapter</source>
        <translation>장으로 이동</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>US$%1</source>
        <translation>%1달러</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>◀  Previous</source>
        <translation>◀  이전</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>이전 장</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>다음  ▶</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>다음 장</translation>
    </message>
    <message>
        <source>Chapters read</source>
        <translation>읽은 장</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%2장 중 %1장 읽음</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>%2장 중 %1장</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>표지</translation>
    </message>
</context>
<context>
    <name>PinnedResults</name>
    <message>
        <source>Key results: %1</source>
        <translation>주요 결과: %1</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Lifeline: presentation</source>
        <translation>Lifeline: 발표</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>%1장</translation>
    </message>
    <message>
        <source>%1. %2  ·  %3 of %4  ·  Esc to leave, B to blank the screen</source>
        <translation>%1. %2  ·  %3/%4  ·  Esc 키: 나가기, B 키: 화면 가리기</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>My progress</source>
        <translation>나의 학습 현황</translation>
    </message>
    <message>
        <source>What you have read and answered, saved on this computer. Open a chapter with Enter or a double-click. Export your answers to hand them in.</source>
        <translation>이 컴퓨터에 저장된, 내가 읽은 장과 답한 문제입니다. Enter 키를 누르거나 두 번 클릭하면 그 장이 열립니다. 답을 제출하려면 내보내기를 하세요.</translation>
    </message>
    <message>
        <source>Progress by chapter</source>
        <translation>장별 현황</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>장</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답함</translation>
    </message>
    <message>
        <source>Export my answers (CSV)…</source>
        <translation>내 답 내보내기(CSV)…</translation>
    </message>
    <message>
        <source>Export my answers as a CSV file</source>
        <translation>내 답을 CSV 파일로 내보내기</translation>
    </message>
    <message>
        <source>Export my answers (PDF)…</source>
        <translation>내 답 내보내기(PDF)…</translation>
    </message>
    <message>
        <source>Export my answers as a PDF file</source>
        <translation>내 답을 PDF 파일로 내보내기</translation>
    </message>
    <message>
        <source>Reset my progress…</source>
        <translation>기록 초기화…</translation>
    </message>
    <message>
        <source>Reset my progress</source>
        <translation>기록 초기화</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ 읽음</translation>
    </message>
    <message>
        <source>– Not yet</source>
        <translation>– 아직</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>아직 읽지 않음</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>답함</translation>
    </message>
    <message>
        <source>Right first time</source>
        <translation>첫 시도 정답</translation>
    </message>
    <message>
        <source>right at the first attempt</source>
        <translation>첫 시도에 정답</translation>
    </message>
    <message>
        <source>Chapters read: %1 of %2 · Questions answered: %3 of %4 · Right at the first attempt: %5 of %6</source>
        <translation>읽은 장: %2개 중 %1개 · 답한 문제: %4개 중 %3개 · 첫 시도 정답: %6개 중 %5개</translation>
    </message>
    <message>
        <source>no questions</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>Your answers were not saved. %1</source>
        <translation>답을 저장하지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Your answers were saved to %1</source>
        <translation>답을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Name: %1 · Exported from Lifeline on %2</source>
        <translation>이름: %1 · Lifeline에서 내보낸 날짜: %2</translation>
    </message>
    <message>
        <source>My answers</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Export my answers</source>
        <translation>내 답 내보내기</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Reset my progress?</source>
        <translation>기록을 초기화할까요?</translation>
    </message>
    <message>
        <source>This forgets which chapters you have read and every answer you have given on this computer. It cannot be undone. Export your answers first if you need them.</source>
        <translation>이 컴퓨터에 저장된 읽은 장 기록과 지금까지 한 모든 답을 지웁니다. 되돌릴 수 없습니다. 답이 필요하면 먼저 내보내 두세요.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Keep my progress</source>
        <translation>기록 유지</translation>
    </message>
    <message>
        <source>Your progress was cleared but could not be saved. %1</source>
        <translation>기록을 지웠지만 저장하지 못했습니다. %1</translation>
    </message>
    <message>
        <source>Your progress was reset.</source>
        <translation>기록을 초기화했습니다.</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Check your understanding</source>
        <translation>이해했는지 확인하기</translation>
    </message>
    <message>
        <source>Answer these questions to check what you have learned. Each answer is marked at once and saved on this computer.</source>
        <translation>배운 내용을 확인하는 문제입니다. 답하면 바로 채점되고 이 컴퓨터에 저장됩니다.</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>문제 %1: %2</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>내 답 저장</translation>
    </message>
    <message>
        <source>Save answer %1</source>
        <translation>%1번 답 저장</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check answer %1</source>
        <translation>%1번 답 확인</translation>
    </message>
    <message>
        <source>Your answer to question %1</source>
        <translation>%1번 문제에 대한 내 답</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>숫자를 입력하세요</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, 단위: %2</translation>
    </message>
    <message>
        <source>Write a few sentences.</source>
        <translation>몇 문장으로 써 보세요.</translation>
    </message>
    <message>
        <source>Your answer is shown but was not saved. %1</source>
        <translation>답이 화면에는 보이지만 저장되지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Written, but not saved.</source>
        <translation>적었지만 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>This rests on:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>(no source recorded)</source>
        <translation>(기록된 출처 없음)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it is not text</source>
        <translation>텍스트 파일이 아님</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>파일이 손상됨</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>파일이 지나치게 큼</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>Your settings file could not be read (%2) and was set aside as %1; Lifeline started with default settings.</source>
        <translation>설정 파일을 읽을 수 없어(%2) %1(으)로 따로 옮겨 두었습니다. Lifeline을 기본 설정으로 시작했습니다.</translation>
    </message>
    <message>
        <source>Settings cannot be saved in %1 (%2); changes last until Lifeline closes.</source>
        <translation>%1에 설정을 저장할 수 없습니다(%2). 바꾼 설정은 Lifeline을 닫을 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read (%2) and could not be moved aside (%3). Lifeline uses default settings, and settings cannot be saved.</source>
        <translation>설정 파일 %1을(를) 읽을 수 없고(%2) 따로 옮길 수도 없습니다(%3). Lifeline은 기본 설정을 쓰며, 설정을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation>이 숫자들의 출처</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>계산 과정</translation>
    </message>
    <message>
        <source>How derived numbers were worked out</source>
        <translation>계산한 숫자를 얻은 방법</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>기록된 출처 없음</translation>
    </message>
</context>
<context>
    <name>StudentBox</name>
    <message>
        <source>Who is answering? Type your name and class once; they go with your answers.</source>
        <translation>누가 답하나요? 이름과 반을 한 번만 입력하면 답안과 함께 제출됩니다.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Your class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>반(&amp;C):</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>마지막 답: %1</translation>
    </message>
</context>
<context>
    <name>TeacherMode</name>
    <message>
        <source>Teacher mode</source>
        <translation>교사 모드</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (at least 4 characters). Students should not see it.</source>
        <translation>교사 PIN을 정하세요(4자 이상). 학생이 보지 않게 하세요.</translation>
    </message>
    <message>
        <source>Teacher PIN:</source>
        <translation>교사 PIN:</translation>
    </message>
    <message>
        <source>Type the same PIN again:</source>
        <translation>같은 PIN을 다시 입력하세요:</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Try again.</source>
        <translation>두 PIN이 같지 않습니다. 다시 해 보세요.</translation>
    </message>
    <message>
        <source>A teacher PIN needs at least 4 characters.</source>
        <translation>교사 PIN은 4자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>That is not the teacher PIN.</source>
        <translation>교사 PIN이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>TeacherNotesPanel</name>
    <message>
        <source>Teacher notes</source>
        <translation>교사용 안내</translation>
    </message>
    <message>
        <source>For teachers</source>
        <translation>교사용</translation>
    </message>
    <message>
        <source>Teacher notes follow</source>
        <translation>아래는 교사용 안내입니다</translation>
    </message>
</context>
<context>
    <name>TextBlock</name>
    <message>
        <source>Text: %1</source>
        <translation>본문: %1</translation>
    </message>
</context>
<context>
    <name>TitlePage</name>
    <message>
        <source>Lifeline logo</source>
        <translation>Lifeline 로고</translation>
    </message>
    <message>
        <source>Lifeline</source>
        <translation>Lifeline</translation>
    </message>
    <message>
        <source>How North Korean defectors in the South send money and phone calls home through brokers in China: a story reported by the South China Morning Post in August 2018, retold for the classroom, with what happened next: the data run to 2025.</source>
        <translation>남한에 사는 탈북민이 중국의 브로커를 거쳐 고향에 돈을 보내고 전화를 거는 이야기. 2018년 8월 사우스차이나모닝포스트가 보도한 내용을 수업에 맞게 다시 들려주고, 그 뒤에 일어난 일도 담았습니다. 자료는 2025년까지입니다.</translation>
    </message>
    <message>
        <source>%1 chapters, with charts, sources and a money calculator</source>
        <translation>%1개 장, 그래프와 출처, 송금 계산기</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>읽기 시작</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>표지</translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>주소 복사</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
</context>
</TS>
