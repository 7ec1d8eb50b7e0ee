<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>About</name>
    <message>
      <source>{0} is built with these libraries:</source>
      <translation>{0}은(는) 다음 라이브러리로 만들어졌습니다.</translation>
    </message>
    <message>
      <source>Some of them carry libraries of other projects inside them:</source>
      <translation>일부에는 다른 프로젝트의 라이브러리가 포함되어 있습니다.</translation>
    </message>
    <message>
      <source>Qt, PySide6, psycopg and python-bidi are used under the GNU Lesser General Public License version 3 (below). They are separate shared libraries in the installation folder, and you may replace them with compatible versions of your own. Each library's licence text follows, as its package carries it (also in its *.dist-info folder in the installation folder).</source>
      <translation>Qt, PySide6, psycopg, python-bidi는 GNU 약소 일반 공중 사용 허가서 버전 3(아래)에 따라 사용됩니다. 이들은 설치 폴더에 있는 별도의 공유 라이브러리이며, 호환되는 다른 버전으로 직접 교체하실 수 있습니다. 아래에 각 라이브러리의 패키지에 포함된 라이선스 전문이 이어집니다(설치 폴더의 *.dist-info 폴더에도 있습니다).</translation>
    </message>
    <message>
      <source>Referral kits and reports embed these fonts:</source>
      <translation>추천 안내서와 보고서에는 다음 글꼴이 포함됩니다.</translation>
    </message>
    <message>
      <source>About {0}</source>
      <translation>{0} 정보</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>라이브러리</translation>
    </message>
    <message>
      <source>Fonts</source>
      <translation>글꼴</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt 정보</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>포함된 패키지</translation>
    </message>
    <message>
      <source>Keeps your client book and helps you earn referrals.</source>
      <translation>고객 명부를 관리하고 소개를 받도록 도와드립니다.</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>라이브러리</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>라이선스</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>버전</translation>
    </message>
    <message>
      <source>Version {0}</source>
      <translation>버전 {0}</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>When</source>
      <translation>일시</translation>
    </message>
    <message>
      <source>User</source>
      <translation>사용자</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>작업</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>기록</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>변경 내용</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>감사 로그</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>시작(&amp;F)</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>모든 사용자</translation>
    </message>
    <message>
      <source>All records</source>
      <translation>모든 기록</translation>
    </message>
    <message>
      <source>any id</source>
      <translation>모든 ID</translation>
    </message>
    <message>
      <source>Words in the summary</source>
      <translation>요약에 포함된 단어</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Undo this import…</source>
      <translation>이 가져오기 실행 취소(&amp;U)…</translation>
    </message>
    <message>
      <source>Remove the contacts this import added and restore those it updated (contacts changed since are named first)</source>
      <translation>이 가져오기로 추가된 연락처를 삭제하고 업데이트된 연락처를 되돌립니다(그 후 변경된 연락처는 먼저 알려 드립니다)</translation>
    </message>
    <message>
      <source>to</source>
      <translation>~</translation>
    </message>
    <message>
      <source>{0} entries</source>
      <translation>항목 {0}개</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>감사 로그 내보내기</translation>
    </message>
    <message>
      <source>Exported {0} entries to {1}. The export is recorded in the audit log.</source>
      <translation>항목 {0}개를 {1}(으)로 내보냈습니다. 내보내기 작업은 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
      <source>Checking every audit entry against its hash…</source>
      <translation>모든 감사 항목을 해시와 대조하는 중…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Verify audit trail</source>
      <translation>감사 기록 검증</translation>
    </message>
    <message>
      <source>{0}.

Keep this book as it is and tell your compliance officer; the entries before this one match their hashes.</source>
      <translation>{0}.

이 명부를 그대로 두고 준법 감시 담당자에게 알려 주세요. 이 항목 이전의 기록은 해시와 일치합니다.</translation>
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message>
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>부르는 이름</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>관계</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>고객군</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>등급</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>이메일</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <source>City</source>
      <translation>도시</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>가구</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>고객이 된 날</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>태그</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>(삭제됨)</translation>
    </message>
    <message>
      <source>Search names, emails, phones, places, tags…</source>
      <translation>이름, 이메일, 전화번호, 지역, 태그 검색…</translation>
    </message>
    <message>
      <source>All relationships</source>
      <translation>모든 관계</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>모든 고객군</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>모든 등급</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>모든 태그</translation>
    </message>
    <message>
      <source>Review overdue</source>
      <translation>점검 지연</translation>
    </message>
    <message>
      <source>Clients whose last portfolio review is older than their cadence allows</source>
      <translation>마지막 포트폴리오 점검이 점검 주기보다 오래된 고객</translation>
    </message>
    <message>
      <source>Show archived</source>
      <translation>보관된 연락처 표시</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>고객</translation>
    </message>
    <message>
      <source>New Contact…</source>
      <translation>새 연락처…</translation>
    </message>
    <message>
      <source>Export View…</source>
      <translation>현재 보기 내보내기…</translation>
    </message>
    <message>
      <source>Save the contacts listed here, in this order, as a CSV file</source>
      <translation>여기 표시된 연락처를 이 순서대로 CSV 파일로 저장합니다</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>열</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>연락처 %Ln명</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match so far…</source>
      <comment>%Ln matches so far…</comment>
      <translation>
        <numerusform>지금까지 %Ln건 일치…</numerusform>
      </translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>검색 중…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>편집…</translation>
    </message>
    <message>
      <source>Merge 2 Contacts…</source>
      <translation>연락처 2개 병합…</translation>
    </message>
    <message>
      <source>Select the two records of one person to merge them</source>
      <translation>같은 분의 기록 두 개를 선택하면 병합할 수 있습니다</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>계기 기록…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>소개 기록…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>점검 예약…</translation>
    </message>
    <message>
      <source>Generate Kits In</source>
      <translation>안내서 만들기 언어</translation>
    </message>
    <message>
      <source>Export Contacts</source>
      <translation>연락처 내보내기</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln contact to {0}</source>
      <comment>Exported %Ln contacts to {0}</comment>
      <translation>
        <numerusform>연락처 %Ln명을 {0}(으)로 내보냈습니다</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Archive</source>
      <comment>Archive %Ln Contacts</comment>
      <translation>
        <numerusform>연락처 %Ln명 보관</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Generate Kit…</source>
      <comment>Generate %Ln Kits…</comment>
      <translation>
        <numerusform>안내서 %Ln부 만들기…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore</source>
      <comment>Restore %Ln Contacts</comment>
      <translation>
        <numerusform>연락처 %Ln명 복원</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Conflicts</name>
    <message>
      <source>Changed by someone else</source>
      <translation>다른 사람이 변경함</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>다시 불러오기</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>Has a written plan, meets you several times a year and is asked for their opinion: nearly all referrals come from these clients.</source>
      <translation>서면 계획이 있고, 1년에 여러 번 만나며, 의견을 여쭙는 고객입니다. 소개는 거의 모두 이런 고객에게서 나옵니다.</translation>
    </message>
    <message>
      <source>Satisfied, but not involved enough to refer.</source>
      <translation>만족하지만 소개할 만큼 적극적이지는 않습니다.</translation>
    </message>
    <message>
      <source>Rarely in touch; stays out of habit more than conviction.</source>
      <translation>연락이 드물고, 확신보다는 습관으로 남아 있습니다.</translation>
    </message>
    <message>
      <source>Unhappy with the service; at risk of leaving.</source>
      <translation>서비스에 불만이 있어 떠날 위험이 있습니다.</translation>
    </message>
    <message>
      <source>Not decided yet: left out of the ask list and the engaged figures.</source>
      <translation>아직 정하지 않음: 소개 요청 목록과 적극적 고객 수치에서 제외됩니다.</translation>
    </message>
    <message>
      <source>Engaged: written plan, regular reviews, asked for their view (they refer). Content: satisfied but passive. Complacent: rarely in touch. Disgruntled: unhappy. Unknown until you decide.</source>
      <translation>적극적: 서면 계획, 정기 점검, 의견을 여쭙는 고객(소개해 주심). 만족: 만족하지만 소극적. 안주: 연락이 드묾. 불만: 만족하지 못함. 정하기 전까지는 알 수 없음.</translation>
    </message>
    <message>
      <source>Edit Contact</source>
      <translation>연락처 편집</translation>
    </message>
    <message>
      <source>New Contact</source>
      <translation>새 연락처</translation>
    </message>
    <message>
      <source>e.g. CPA, attorney</source>
      <translation>예: 공인회계사, 변호사</translation>
    </message>
    <message>
      <source>Not set (kits in English)</source>
      <translation>설정 안 함(안내서는 영어)</translation>
    </message>
    <message>
      <source>The language this contact's referral kit is written in</source>
      <translation>이 연락처의 추천 안내서를 작성할 언어</translation>
    </message>
    <message>
      <source>None</source>
      <translation>없음</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>등급에 따름</translation>
    </message>
    <message>
      <source>e.g. retiree, golf</source>
      <translation>예: 은퇴자, 골프</translation>
    </message>
  </context>
  <context>
    <name>Damaged</name>
    <message>
      <source>The book cannot be used</source>
      <translation>고객 명부를 사용할 수 없습니다</translation>
    </message>
    <message>
      <source>This book cannot be used as it is.</source>
      <translation>이 고객 명부는 현재 상태로는 사용할 수 없습니다.</translation>
    </message>
    <message>
      <source>The latest backup is from {0}. Restoring it puts it in place of the damaged book, which is kept beside it under a new name. Changes made since the backup are not in it.</source>
      <translation>가장 최근 백업은 {0}에 만들어졌습니다. 복원하면 손상된 명부 대신 이 백업이 사용되며, 손상된 명부는 새 이름으로 옆에 보관됩니다. 백업 이후의 변경 내용은 포함되지 않습니다.</translation>
    </message>
    <message>
      <source>No automatic backup of this book was found. If you have a backup file, choose it to restore it; the damaged book is kept beside it under a new name.</source>
      <translation>이 명부의 자동 백업을 찾지 못했습니다. 백업 파일이 있으면 선택하여 복원하세요. 손상된 명부는 새 이름으로 옆에 보관됩니다.</translation>
    </message>
    <message>
      <source>&amp;Restore latest backup</source>
      <translation>최근 백업 복원(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Choose a backup…</source>
      <translation>백업 선택(&amp;C)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>백업 선택</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>명부 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
  </context>
  <context>
    <name>Detail</name>
    <message>
      <source>Select a contact to see their profile and history.</source>
      <translation>연락처를 선택하면 프로필과 기록을 볼 수 있습니다.</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>편집…</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>보관</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>기록…</translation>
    </message>
    <message>
      <source>Log Trigger…</source>
      <translation>계기 기록…</translation>
    </message>
    <message>
      <source>Record Referral…</source>
      <translation>소개 기록…</translation>
    </message>
    <message>
      <source>Schedule Review…</source>
      <translation>점검 예약…</translation>
    </message>
    <message>
      <source>Generate Kit…</source>
      <translation>안내서 만들기…</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>주소</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>가구</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>이름 바꾸기…</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>프로필</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>타임라인</translation>
    </message>
    <message numerus="yes">
      <source>Timeline · %Ln event</source>
      <comment>Timeline · %Ln events</comment>
      <translation>
        <numerusform>타임라인 · 이벤트 %Ln개</numerusform>
      </translation>
    </message>
    <message>
      <source>Archived on {0}</source>
      <translation>{0}에 보관됨</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>복원</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>No</source>
      <translation>아니요</translation>
    </message>
    <message>
      <source>As the tier sets</source>
      <translation>등급에 따름</translation>
    </message>
    <message>
      <source>Not in a household</source>
      <translation>가구에 속하지 않음</translation>
    </message>
    <message>
      <source>No other members</source>
      <translation>다른 구성원 없음</translation>
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <source>Changed Elsewhere</source>
      <translation>다른 곳에서 변경됨</translation>
    </message>
    <message>
      <source>Someone else saved this contact while you were editing it.</source>
      <translation>편집하시는 동안 다른 사람이 이 연락처를 저장했습니다.</translation>
    </message>
    <message>
      <source>Your changes were not saved. Reload to see the latest version, then make your changes again.</source>
      <translation>변경 내용이 저장되지 않았습니다. 다시 불러와 최신 버전을 확인한 뒤 다시 변경해 주세요.</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>다시 불러오기</translation>
    </message>
    <message>
      <source>Added {0}</source>
      <translation>{0} 추가됨</translation>
    </message>
    <message>
      <source>This is the latest version; make your changes again.</source>
      <translation>최신 버전입니다. 다시 변경해 주세요.</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>{0} 저장됨</translation>
    </message>
    <message>
      <source>Merge Contacts</source>
      <translation>연락처 병합</translation>
    </message>
    <message>
      <source>Merge these two contacts into one? The one you keep receives the other's triggers, referrals, reviews and kits, fills its empty fields from it and keeps both sets of tags; the other is archived. Edit &gt; Undo takes it back.</source>
      <translation>두 연락처를 하나로 병합할까요? 남기는 연락처가 다른 연락처의 계기, 소개, 점검, 안내서를 넘겨받고, 비어 있는 필드를 채우며, 양쪽 태그를 모두 유지합니다. 다른 연락처는 보관됩니다. 편집 &gt; 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
      <source>contact {0}</source>
      <translation>연락처 {0}</translation>
    </message>
    <message>
      <source>Keep {0} ({1})</source>
      <translation>{0}({1}) 유지</translation>
    </message>
    <message>
      <source>Merged {0} into {1}</source>
      <translation>{0}을(를) {1}에 병합했습니다</translation>
    </message>
    <message>
      <source>Rename Household</source>
      <translation>가구 이름 바꾸기</translation>
    </message>
    <message>
      <source>New name for the {0} household:</source>
      <translation>{0} 가구의 새 이름:</translation>
    </message>
  </context>
  <context>
    <name>Engagement</name>
    <message>
      <source>latest NPS {0} (a detractor)</source>
      <translation>최근 NPS {0}(비추천 고객)</translation>
    </message>
    <message>
      <source>latest NPS {0} (passive)</source>
      <translation>최근 NPS {0}(중립 고객)</translation>
    </message>
    <message>
      <source>latest NPS {0} (a promoter)</source>
      <translation>최근 NPS {0}(추천 고객)</translation>
    </message>
    <message>
      <source>no NPS answer in the last 12 months</source>
      <translation>최근 12개월 동안 NPS 응답 없음</translation>
    </message>
    <message>
      <source>has a written plan</source>
      <translation>서면 계획 있음</translation>
    </message>
    <message>
      <source>no written plan</source>
      <translation>서면 계획 없음</translation>
    </message>
    <message>
      <source>asked for feedback</source>
      <translation>의견을 여쭈었음</translation>
    </message>
    <message>
      <source>no reviews, NPS answers or referrals on record</source>
      <translation>점검, NPS 응답, 소개 기록이 없음</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Advisor Referrals</source>
      <translation>Advisor Referrals</translation>
    </message>
    <message>
      <source>An unexpected fault stopped this action ({0}). Nothing more was changed; details are in the support log.</source>
      <translation>예기치 않은 오류로 이 작업이 중단되었습니다({0}). 다른 내용은 바뀌지 않았으며, 자세한 내용은 지원 로그에 있습니다.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Pick a date</source>
      <translation>날짜 선택</translation>
    </message>
    <message>
      <source>not a date; write it like {0}</source>
      <translation>날짜가 아닙니다. {0} 형식으로 입력하세요</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Import Contacts</source>
      <translation>연락처 가져오기</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>선택한 파일 없음</translation>
    </message>
    <message>
      <source>Choose File…</source>
      <translation>파일 선택…</translation>
    </message>
    <message>
      <source>Custom (map the columns yourself)</source>
      <translation>사용자 지정(열을 직접 연결)</translation>
    </message>
    <message>
      <source>Update contacts with the same email</source>
      <translation>이메일이 같은 연락처 업데이트</translation>
    </message>
    <message>
      <source>Rows whose email is already in the book update that contact (only the columns the file has). Otherwise those rows are skipped.</source>
      <translation>이메일이 이미 명부에 있는 행은 해당 연락처를 업데이트합니다(파일에 있는 열만). 그렇지 않으면 그 행은 건너뜁니다.</translation>
    </message>
    <message>
      <source>Refuse values with no exact place here</source>
      <translation>정확히 맞는 항목이 없는 값은 거부</translation>
    </message>
    <message>
      <source>Another tool's contact type, status or category that the book has no exact place for is normally imported with its nearest meaning and listed in the summary. With this, such rows are shown as problems instead.</source>
      <translation>다른 프로그램의 연락처 유형, 상태, 분류 중 명부에 정확히 맞는 항목이 없는 값은 보통 가장 가까운 의미로 가져오고 요약에 표시합니다. 이 옵션을 켜면 그런 행은 문제로 표시됩니다.</translation>
    </message>
    <message>
      <source>Skip the rows with problems</source>
      <translation>문제가 있는 행 건너뛰기</translation>
    </message>
    <message>
      <source>Import the good rows; the rows with problems are written, with the reasons, to a rejects file beside the original, which imports again once corrected.</source>
      <translation>문제가 없는 행을 가져옵니다. 문제가 있는 행은 이유와 함께 원본 옆의 제외 파일에 기록되며, 고친 뒤 다시 가져올 수 있습니다.</translation>
    </message>
    <message>
      <source>Show only rows with problems</source>
      <translation>문제가 있는 행만 표시</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <source>Text encoding:</source>
      <translation>텍스트 인코딩:</translation>
    </message>
    <message>
      <source>Columns as exported by:</source>
      <translation>열을 내보낸 프로그램:</translation>
    </message>
    <message>
      <source>Dates written like:</source>
      <translation>날짜 형식:</translation>
    </message>
    <message>
      <source>Choose Custom to change where a column goes; columns marked “(not imported)” are left out. Double-click a cell in the rows below to correct it.</source>
      <translation>열이 들어갈 곳을 바꾸려면 ‘사용자 지정’을 선택하세요. ‘(가져오지 않음)’으로 표시된 열은 제외됩니다. 아래 행의 셀을 두 번 클릭하면 고칠 수 있습니다.</translation>
    </message>
    <message>
      <source>Contacts files (*.csv *.vcf);;All files (*)</source>
      <translation>연락처 파일 (*.csv *.vcf);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Text read as {0}.</source>
      <translation>텍스트를 {0}(으)로 읽었습니다.</translation>
    </message>
    <message>
      <source>Rows with problems are shown in red with the reason. Double-click a cell to correct it, change how the columns map to fields, or skip those rows; otherwise nothing is imported until every row is good.</source>
      <translation>문제가 있는 행은 이유와 함께 빨간색으로 표시됩니다. 셀을 두 번 클릭해 고치거나, 열과 필드의 연결을 바꾸거나, 그 행을 건너뛰세요. 그렇지 않으면 모든 행이 올바를 때까지 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
      <source>Choose a Contacts File</source>
      <translation>연락처 파일 선택</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>파일을 읽는 중…</translation>
    </message>
    <message>
      <source>Checking the rows…</source>
      <translation>행을 확인하는 중…</translation>
    </message>
    <message numerus="yes">
      <source>%n row: </source>
      <translation>
        <numerusform>%n행: </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows: </source>
      <translation>
        <numerusform>%n행: </numerusform>
      </translation>
    </message>
    <message>
      <source>Ready to import.</source>
      <translation>가져올 준비가 되었습니다.</translation>
    </message>
    <message>
      <source>Cancel Import</source>
      <translation>가져오기 취소</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>가져오는 중…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>가져오기가 취소되어 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>취소하는 중…</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>성</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>부르는 이름</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>관계</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>직업</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>이메일</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <source>City</source>
      <translation>도시</translation>
    </message>
    <message>
      <source>Region / state</source>
      <translation>지역 / 주</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>국가</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>가구</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>고객군</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>등급</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>고객이 된 날</translation>
    </message>
    <message>
      <source>Has a written plan</source>
      <translation>서면 계획 있음</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>소개 요청하지 않기</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>태그</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>메모</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>연간 점검 횟수</translation>
    </message>
    <message>
      <source>Full name (split into first and last)</source>
      <translation>전체 이름(이름과 성으로 나눔)</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>보관됨</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(가져오지 않음)</translation>
    </message>
    <message>
      <source>New</source>
      <translation>새 연락처</translation>
    </message>
    <message>
      <source>Updates a contact</source>
      <translation>연락처 업데이트</translation>
    </message>
    <message>
      <source>Already up to date</source>
      <translation>이미 최신 상태</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>건너뜀</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>문제</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>파일의 열</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>예시</translation>
    </message>
    <message>
      <source>Imports as</source>
      <translation>가져올 항목</translation>
    </message>
    <message>
      <source>(column {0} has no name)</source>
      <translation>({0}번째 열에 이름이 없음)</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>행</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>이유</translation>
    </message>
    <message numerus="yes">
      <source>%n already up to date</source>
      <translation>
        <numerusform>%n개 이미 최신</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n likely already in the book</source>
      <translation>
        <numerusform>%n개는 이미 명부에 있을 가능성이 높음</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>새 연락처 %n개</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped (email already in the book)</source>
      <translation>
        <numerusform>%n개 건너뜀(이메일이 이미 명부에 있음)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to update</source>
      <translation>
        <numerusform>%n개 업데이트 예정</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with problems</source>
      <translation>
        <numerusform>문제 있음 %n개</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Kits</name>
    <message>
      <source>Referral Kits</source>
      <translation>추천 안내서</translation>
    </message>
    <message>
      <source>{0} of {1} asked not to be asked for referrals: {2}.</source>
      <translation>{1}명 중 {0}명이 소개 요청을 원하지 않는다고 하셨습니다: {2}.</translation>
    </message>
    <message>
      <source>A referral kit asks for introductions.</source>
      <translation>추천 안내서는 소개를 부탁드리는 자료입니다.</translation>
    </message>
    <message>
      <source>Leave Them Out</source>
      <translation>제외하기</translation>
    </message>
    <message>
      <source>Include Them</source>
      <translation>포함하기</translation>
    </message>
    <message>
      <source>Choose a folder for {0} referral kits</source>
      <translation>추천 안내서 {0}부를 저장할 폴더 선택</translation>
    </message>
    <message>
      <source>{0} of these kits are already in {1}: {2}.</source>
      <translation>이 중 안내서 {0}부가 이미 {1}에 있습니다: {2}.</translation>
    </message>
    <message>
      <source>Replace them with new kits?</source>
      <translation>새 안내서로 바꿀까요?</translation>
    </message>
    <message>
      <source>Replace Them</source>
      <translation>바꾸기</translation>
    </message>
    <message>
      <source>Preparing {0} referral kits…</source>
      <translation>추천 안내서 {0}부를 준비하는 중…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Referral kits</source>
      <translation>추천 안내서</translation>
    </message>
    <message>
      <source>Stopping after the kit being written…</source>
      <translation>지금 작성 중인 안내서까지만 만들고 멈춥니다…</translation>
    </message>
    <message>
      <source>Writing kit {0} of {1}…</source>
      <translation>안내서 {1}부 중 {0}번째 작성 중…</translation>
    </message>
    <message>
      <source>Stopped. {0} of {1} kits were saved in {2}.</source>
      <translation>중지했습니다. 안내서 {1}부 중 {0}부가 {2}에 저장되었습니다.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln referral kit was saved in {0}.</source>
      <comment>%Ln referral kits were saved in {0}.</comment>
      <translation>
        <numerusform>추천 안내서 %Ln부가 {0}에 저장되었습니다.</numerusform>
      </translation>
    </message>
    <message>
      <source>No logo: the kit shows your initials</source>
      <translation>로고 없음: 안내서에 이니셜이 표시됩니다</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>선택…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>제거</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>기본값</translation>
    </message>
    <message>
      <source>Your firm's required disclosures, printed at the foot of every page</source>
      <translation>모든 쪽 하단에 인쇄되는 회사의 필수 고지 문구</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>로고:</translation>
    </message>
    <message>
      <source>Accent colour:</source>
      <translation>강조 색:</translation>
    </message>
    <message>
      <source>Disclosures:</source>
      <translation>고지 문구:</translation>
    </message>
    <message>
      <source>Who we help:</source>
      <translation>누구를 돕는가:</translation>
    </message>
    <message>
      <source>How we help:</source>
      <translation>어떻게 돕는가:</translation>
    </message>
    <message>
      <source>Left empty, a text prints the wording shown in grey. Start a line with “- ” for a list item; “Name: description” prints the name in bold.</source>
      <translation>비워 두면 회색으로 보이는 문구가 인쇄됩니다. 줄을 ‘- ’로 시작하면 목록 항목이 되며, ‘이름: 설명’ 형식은 이름을 굵게 인쇄합니다.</translation>
    </message>
    <message>
      <source>Choose your logo</source>
      <translation>로고 선택</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>{0} cannot be read as an image ({1}).</source>
      <translation>{0}을(를) 이미지로 읽을 수 없습니다({1}).</translation>
    </message>
    <message>
      <source>{0} is missing or unreadable; kits use your initials.</source>
      <translation>{0}이(가) 없거나 읽을 수 없어 안내서에 이니셜을 사용합니다.</translation>
    </message>
    <message>
      <source>Accent colour for kits</source>
      <translation>안내서 강조 색</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>레터</translation>
    </message>
    <message>
      <source>Referral kit for {0}</source>
      <translation>{0} 님의 추천 안내서</translation>
    </message>
    <message>
      <source>The client's language</source>
      <translation>고객의 언어</translation>
    </message>
    <message>
      <source>&amp;Save…</source>
      <translation>저장(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <source>Paper:</source>
      <translation>용지:</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>언어:</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts:</source>
      <translation>일부 텍스트는 포함된 글꼴로 인쇄할 수 없습니다:</translation>
    </message>
    <message>
      <source>Preparing the kit…</source>
      <translation>안내서를 준비하는 중…</translation>
    </message>
    <message>
      <source>Save referral kit</source>
      <translation>추천 안내서 저장</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>저장하는 중…</translation>
    </message>
    <message>
      <source>Saved to {0}</source>
      <translation>{0}에 저장했습니다</translation>
    </message>
    <message>
      <source>Print referral kit</source>
      <translation>추천 안내서 인쇄</translation>
    </message>
    <message>
      <source>Sent {0} pages to the printer</source>
      <translation>{0}쪽을 프린터로 보냈습니다</translation>
    </message>
    <message>
      <source>Referral kit</source>
      <translation>추천 안내서</translation>
    </message>
    <message>
      <source>The printer could not be opened. Check that it is available.</source>
      <translation>프린터를 열 수 없습니다. 사용할 수 있는 상태인지 확인하세요.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page, {0}</source>
      <comment>%Ln pages, {0}</comment>
      <translation>
        <numerusform>%Ln쪽, {0}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Prospect</source>
      <translation>잠재 고객</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>고객</translation>
    </message>
    <message>
      <source>Former client</source>
      <translation>이전 고객</translation>
    </message>
    <message>
      <source>Center of influence</source>
      <translation>협력 전문가</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>잠재 고객</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>고객</translation>
    </message>
    <message>
      <source>Former clients</source>
      <translation>이전 고객</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>협력 전문가</translation>
    </message>
    <message>
      <source>Engaged</source>
      <translation>적극적</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>만족</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>안주</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>불만</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>알 수 없음</translation>
    </message>
    <message>
      <source>Tier {0}</source>
      <translation>{0} 등급</translation>
    </message>
    <message>
      <source>Intended</source>
      <translation>소개 예정</translation>
    </message>
    <message>
      <source>New</source>
      <translation>신규</translation>
    </message>
    <message>
      <source>Contacted</source>
      <translation>연락함</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>상담</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>고객 전환</translation>
    </message>
    <message>
      <source>Not a fit</source>
      <translation>맞지 않음</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>무산</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>성</translation>
    </message>
    <message>
      <source>Preferred name</source>
      <translation>부르는 이름</translation>
    </message>
    <message>
      <source>Relationship</source>
      <translation>관계</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>직업</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>이메일</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <source>City</source>
      <translation>도시</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>지역</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>국가</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>가구</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>고객군</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>등급</translation>
    </message>
    <message>
      <source>Client since</source>
      <translation>고객이 된 날</translation>
    </message>
    <message>
      <source>Written financial plan</source>
      <translation>서면 재무 계획</translation>
    </message>
    <message>
      <source>Do not ask for referrals</source>
      <translation>소개 요청하지 않기</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>태그</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>메모</translation>
    </message>
    <message>
      <source>Reviews a year</source>
      <translation>연간 점검 횟수</translation>
    </message>
    <message>
      <source>Kit language</source>
      <translation>안내서 언어</translation>
    </message>
  </context>
  <context>
    <name>Languages</name>
    <message>
      <source>{0} (kits in English)</source>
      <translation>{0}(안내서는 영어)</translation>
    </message>
  </context>
  <context>
    <name>Lock</name>
    <message>
      <source>Locked after a time without use. Enter the passphrase of {0} to go on.</source>
      <translation>한동안 사용하지 않아 잠겼습니다. 계속하려면 {0}의 암호 문구를 입력하세요.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>암호 문구</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
      <source>That passphrase is not the book's. Try again.</source>
      <translation>이 명부의 암호 문구가 아닙니다. 다시 시도하세요.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Import…</source>
      <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
      <source>Import contacts (.csv) or a book (.json)</source>
      <translation>연락처(.csv) 또는 명부(.json) 가져오기</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
      <source>Export contacts (.csv) or the whole book (.json)</source>
      <translation>연락처(.csv) 또는 명부 전체(.json) 내보내기</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <source>Contacts or book files (*.csv *.vcf *.json);;All files (*)</source>
      <translation>연락처 또는 명부 파일 (*.csv *.vcf *.json);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>{0} cannot be imported: choose a contacts file (.csv or .vcf) or a .json book file.</source>
      <translation>{0}은(는) 가져올 수 없습니다. 연락처 파일(.csv 또는 .vcf)이나 명부 .json 파일을 선택하세요.</translation>
    </message>
    <message>
      <source>Checking {0}…</source>
      <translation>{0} 확인 중…</translation>
    </message>
    <message>
      <source>Import a Whole Book</source>
      <translation>명부 전체 가져오기</translation>
    </message>
    <message>
      <source>{0} is a whole book: {1}.

Import it into this book?</source>
      <translation>{0}은(는) 명부 전체입니다: {1}.

이 명부로 가져올까요?</translation>
    </message>
    <message>
      <source>Importing {0}…</source>
      <translation>{0} 가져오는 중…</translation>
    </message>
    <message>
      <source>Contacts (*.csv)</source>
      <translation>연락처 (*.csv)</translation>
    </message>
    <message>
      <source>Whole book (*.json)</source>
      <translation>명부 전체 (*.json)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <source>Exporting to {0}…</source>
      <translation>{0}(으)로 내보내는 중…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was changed.</source>
      <translation>가져오기가 취소되어 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>편집(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Tools</source>
      <translation>도구(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;New Contact…</source>
      <translation>새 연락처(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>설정(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>종료(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;About {0}</source>
      <translation>{0} 정보(&amp;A)</translation>
    </message>
    <message>
      <source>Settings saved</source>
      <translation>설정을 저장했습니다</translation>
    </message>
    <message>
      <source>Log a &amp;trigger…</source>
      <translation>계기 기록(&amp;T)…</translation>
    </message>
    <message>
      <source>Record a &amp;referral…</source>
      <translation>소개 기록(&amp;R)…</translation>
    </message>
    <message>
      <source>Undo &amp;Import…</source>
      <translation>가져오기 실행 취소(&amp;I)…</translation>
    </message>
    <message>
      <source>Remove the contacts the last import added and restore those it updated</source>
      <translation>마지막 가져오기로 추가된 연락처를 삭제하고 업데이트된 연락처를 되돌립니다</translation>
    </message>
    <message>
      <source>Undo Import</source>
      <translation>가져오기 실행 취소</translation>
    </message>
    <message>
      <source>No import to undo.</source>
      <translation>실행 취소할 가져오기가 없습니다.</translation>
    </message>
    <message>
      <source>The import of {0} was already undone.</source>
      <translation>{0} 가져오기는 이미 실행 취소되었습니다.</translation>
    </message>
    <message>
      <source>Undo the import of {0}, made on {1} by {2}?

The {3} contacts it added are removed and the {4} it updated get their earlier values back.</source>
      <translation>{2} 님이 {1}에 한 {0} 가져오기를 실행 취소할까요?

추가된 연락처 {3}개는 삭제되고, 업데이트된 {4}개는 이전 값으로 돌아갑니다.</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>… 외 {0}건</translation>
    </message>
    <message>
      <source>These contacts were changed after the import of {0}:

{1}

Undo the rest of the import and leave these as they are now?</source>
      <translation>다음 연락처는 {0} 가져오기 이후에 변경되었습니다.

{1}

나머지 가져오기를 실행 취소하고 이 연락처들은 지금 상태로 둘까요?</translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>Checking and restoring the backup…</source>
      <translation>백업을 확인하고 복원하는 중…</translation>
    </message>
    <message>
      <source>The backup {0} is encrypted. Enter the passphrase the book had when the backup was made.</source>
      <translation>백업 {0}은(는) 암호화되어 있습니다. 백업할 당시 명부의 암호 문구를 입력하세요.</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>This page is not available in this version yet.</source>
      <translation>이 페이지는 아직 이 버전에서 제공되지 않습니다.</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>고객</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>오늘</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>소개</translation>
    </message>
    <message>
      <source>Triggers</source>
      <translation>계기</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>점검</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>보고서</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <source>Encrypted book</source>
      <translation>암호화된 명부</translation>
    </message>
    <message>
      <source>The book at {0} is encrypted. Enter its passphrase.</source>
      <translation>{0}에 있는 명부는 암호화되어 있습니다. 암호 문구를 입력하세요.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>암호 문구</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>열기</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
      <source>That passphrase does not open this book. Check it (capital letters count) and try again.</source>
      <translation>이 암호 문구로는 명부를 열 수 없습니다. 대소문자를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
      <source>New &amp;passphrase:</source>
      <translation>새 암호 문구(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Type it again:</source>
      <translation>다시 입력(&amp;T):</translation>
    </message>
    <message>
      <source>A passphrase needs at least {0} characters; a few words are best.</source>
      <translation>암호 문구는 {0}자 이상이어야 하며, 몇 개의 단어로 만드는 것이 좋습니다.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>두 암호 문구가 서로 다릅니다.</translation>
    </message>
  </context>
  <context>
    <name>Profile</name>
    <message>
      <source>Your name</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>Firm</source>
      <translation>회사</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>이메일</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>웹사이트</translation>
    </message>
    <message>
      <source>e.g. Maria Lopes, CFP®</source>
      <translation>예: Maria Lopes, CFP®</translation>
    </message>
    <message>
      <source>e.g. Lopes Wealth Partners</source>
      <translation>예: Lopes 자산관리</translation>
    </message>
  </context>
  <context>
    <name>ReferralAnalytics</name>
    <message>
      <source>{0} so far</source>
      <translation>{0} 현재까지</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>최근 12개월</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>기간</translation>
    </message>
    <message>
      <source>&lt;b&gt;Referral analytics&lt;/b&gt;</source>
      <translation>&lt;b&gt;소개 분석&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Referrals received</source>
      <translation>받은 소개</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>전환율</translation>
    </message>
    <message>
      <source>Median days to convert</source>
      <translation>전환까지 걸린 일수(중앙값)</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>최근 12개월 동안 소개해 주신 고객</translation>
    </message>
    <message>
      <source>By source</source>
      <translation>경로별</translation>
    </message>
    <message>
      <source>By the referrer's segment</source>
      <translation>소개자 고객군별</translation>
    </message>
    <message>
      <source>By conversation trigger</source>
      <translation>대화 계기별</translation>
    </message>
    <message>
      <source>Top referrers</source>
      <translation>소개를 가장 많이 해 주신 분</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>집계하는 중…</translation>
    </message>
    <message>
      <source>from {0} people</source>
      <translation>{0}명으로부터</translation>
    </message>
    <message>
      <source>{0} converted in the period</source>
      <translation>기간 중 {0}건 전환</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>업계 기준 {0}</translation>
    </message>
    <message>
      <source>No referrals in this period</source>
      <translation>이 기간에는 소개가 없습니다</translation>
    </message>
    <message>
      <source>No trigger logged</source>
      <translation>기록된 계기 없음</translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <source>today</source>
      <translation>오늘</translation>
    </message>
    <message>
      <source>{0} d</source>
      <translation>{0}일</translation>
    </message>
    <message>
      <source>from {0}</source>
      <translation>{0} 님으로부터</translation>
    </message>
    <message>
      <source>Drag a card to another column to move it.</source>
      <translation>카드를 다른 열로 끌어 옮기세요.</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>열기…</translation>
    </message>
    <message>
      <source>Move to</source>
      <translation>이동</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>Centre of influence</source>
      <translation>협력 전문가</translation>
    </message>
    <message>
      <source>Profession</source>
      <translation>직업</translation>
    </message>
    <message>
      <source>Referrals from them</source>
      <translation>그분이 보낸 소개</translation>
    </message>
    <message>
      <source>Of which converted</source>
      <translation>그중 전환</translation>
    </message>
    <message>
      <source>Referrals to them</source>
      <translation>그분께 보낸 소개</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>차이</translation>
    </message>
    <message>
      <source>Last from them</source>
      <translation>최근 받은 소개</translation>
    </message>
    <message>
      <source>Last to them</source>
      <translation>최근 보낸 소개</translation>
    </message>
    <message>
      <source>They send you more than you send them.</source>
      <translation>보내 주시는 소개가 보내 드린 소개보다 많습니다.</translation>
    </message>
    <message>
      <source>You send them more than they send you.</source>
      <translation>보내 드린 소개가 받은 소개보다 많습니다.</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence</source>
      <translation>협력 전문가에게 소개하기</translation>
    </message>
    <message>
      <source>Centre of &amp;influence:</source>
      <translation>협력 전문가(&amp;I):</translation>
    </message>
    <message>
      <source>&amp;Person referred:</source>
      <translation>소개받는 분(&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Sent on:</source>
      <translation>보낸 날짜(&amp;S):</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>메모(&amp;N):</translation>
    </message>
    <message>
      <source>Choose both people from the lists that appear as you type.</source>
      <translation>입력할 때 나타나는 목록에서 두 분을 모두 선택하세요.</translation>
    </message>
    <message>
      <source>Referrals you sent to the selected centre:</source>
      <translation>선택한 협력 전문가에게 보낸 소개:</translation>
    </message>
    <message>
      <source>Refer someone to a centre of influence…</source>
      <translation>협력 전문가에게 소개하기…</translation>
    </message>
    <message>
      <source>Who is reciprocating? Referrals received from each centre of influence beside the ones you sent them.</source>
      <translation>누가 서로 도움을 주고받고 있을까요? 협력 전문가별로 받은 소개와 보낸 소개를 나란히 보여 줍니다.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>No</source>
      <translation>아니요</translation>
    </message>
    <message>
      <source>Not delivered</source>
      <translation>전달 안 됨</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>받은 날</translation>
    </message>
    <message>
      <source>Promoter (referred by)</source>
      <translation>홍보자(소개해 주신 분)</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>소개받은 분</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>종류</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>금액</translation>
    </message>
    <message>
      <source>Agreement on file</source>
      <translation>계약서 보관</translation>
    </message>
    <message>
      <source>Disclosure delivered</source>
      <translation>고지 전달</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>경고</translation>
    </message>
    <message>
      <source>Only referrals missing a disclosure</source>
      <translation>고지가 없는 소개만</translation>
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation>CSV로 내보내기…</translation>
    </message>
    <message>
      <source>SEC Marketing Rule (206(4)-1): a compensated referral is an endorsement. Deliver a disclosure of the compensation and its terms; above $1,000 in 12 months a written agreement with the promoter is required.</source>
      <translation>SEC 마케팅 규칙(206(4)-1): 보상이 따르는 소개는 추천(endorsement)에 해당합니다. 보상과 그 조건에 대한 고지를 전달해야 하며, 12개월 동안 1,000달러를 넘으면 홍보자와의 서면 계약이 필요합니다.</translation>
    </message>
    <message>
      <source>{0} compensated referrals</source>
      <translation>보상이 따른 소개 {0}건</translation>
    </message>
    <message>
      <source>Export the Marketing Rule ledger</source>
      <translation>마케팅 규칙 장부 내보내기</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
      <source>Exported {0} rows to {1}</source>
      <translation>{0}행을 {1}(으)로 내보냈습니다</translation>
    </message>
    <message>
      <source>Type a name, email or phone…</source>
      <translation>이름, 이메일 또는 전화번호를 입력하세요…</translation>
    </message>
    <message>
      <source>Log {0} for {1}</source>
      <translation>{1} 님의 {0} 기록</translation>
    </message>
    <message>
      <source>Edit trigger for {0}</source>
      <translation>{0} 님의 계기 편집</translation>
    </message>
    <message>
      <source>Delete trigger for {0}</source>
      <translation>{0} 님의 계기 삭제</translation>
    </message>
    <message>
      <source>Record referral of {0}</source>
      <translation>{0} 님 소개 기록</translation>
    </message>
    <message>
      <source>Edit referral of {0}</source>
      <translation>{0} 님 소개 편집</translation>
    </message>
    <message>
      <source>Move {0} to {1}</source>
      <translation>{0} 님을 {1}(으)로 이동</translation>
    </message>
    <message>
      <source>Record first contact with {0}</source>
      <translation>{0} 님과의 첫 연락 기록</translation>
    </message>
    <message>
      <source>Record thank-you to {0}</source>
      <translation>{0} 님께 감사 인사 기록</translation>
    </message>
    <message>
      <source>Delete referral of {0}</source>
      <translation>{0} 님 소개 삭제</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>감사 인사하기</translation>
    </message>
    <message>
      <source>Did you send the thank-you to {0}?</source>
      <translation>{0} 님께 감사 인사를 보내셨나요?</translation>
    </message>
    <message>
      <source>Yes, record it</source>
      <translation>예, 기록합니다</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>아직 아니요</translation>
    </message>
    <message>
      <source>⚠ No disclosure delivered. A compensated referral is an endorsement under the SEC Marketing Rule: give the client a disclosure of the compensation and its terms, then record the date here.</source>
      <translation>⚠ 고지가 전달되지 않았습니다. 보상이 따르는 소개는 SEC 마케팅 규칙상 추천에 해당합니다. 고객에게 보상과 그 조건에 대한 고지를 전달한 뒤 여기에 날짜를 기록하세요.</translation>
    </message>
    <message>
      <source>Compensated referral (cash or non-cash)</source>
      <translation>보상이 따른 소개(현금 또는 비현금)</translation>
    </message>
    <message>
      <source>Written agreement on file</source>
      <translation>서면 계약서 보관</translation>
    </message>
    <message>
      <source>Disclosure delivered on</source>
      <translation>고지 전달일</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>종류:</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>금액:</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>소개</translation>
    </message>
    <message>
      <source>Record a referral</source>
      <translation>소개 기록</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(없음)</translation>
    </message>
    <message>
      <source>First contacted on</source>
      <translation>첫 연락일</translation>
    </message>
    <message>
      <source>Thanked on</source>
      <translation>감사 인사일</translation>
    </message>
    <message>
      <source>Converted on</source>
      <translation>전환일</translation>
    </message>
    <message>
      <source>Referred &amp;by:</source>
      <translation>소개해 주신 분(&amp;B):</translation>
    </message>
    <message>
      <source>&amp;Referred person:</source>
      <translation>소개받은 분(&amp;R):</translation>
    </message>
    <message>
      <source>Received &amp;on:</source>
      <translation>받은 날(&amp;O):</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>상태(&amp;S):</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>경로(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;Trigger:</source>
      <translation>계기(&amp;T):</translation>
    </message>
    <message>
      <source>History:</source>
      <translation>기록:</translation>
    </message>
    <message>
      <source>Someone in the book</source>
      <translation>명부에 있는 분</translation>
    </message>
    <message>
      <source>A new person (added as a prospect)</source>
      <translation>새로운 분(잠재 고객으로 추가)</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>성</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>이메일</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <source>Use this contact</source>
      <translation>이 연락처 사용</translation>
    </message>
    <message>
      <source>Possible duplicate: {0} ({1}) is already in the book.</source>
      <translation>중복일 수 있음: {0}({1}) 님이 이미 명부에 있습니다.</translation>
    </message>
    <message>
      <source>{0} more look alike.</source>
      <translation>비슷한 분이 {0}명 더 있습니다.</translation>
    </message>
    <message>
      <source>{0}: recorded as {1}</source>
      <translation>{0}: {1}(으)로 기록됨</translation>
    </message>
    <message>
      <source>{0}: {1} → {2}</source>
      <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
      <source>Choose who made the referral.</source>
      <translation>소개해 주신 분을 선택하세요.</translation>
    </message>
    <message>
      <source>Choose the referred person from the list.</source>
      <translation>목록에서 소개받은 분을 선택하세요.</translation>
    </message>
    <message>
      <source>Give the referred person's name.</source>
      <translation>소개받은 분의 이름을 입력하세요.</translation>
    </message>
    <message>
      <source>Compensated, and no disclosure delivered yet.</source>
      <translation>보상이 따르며 아직 고지가 전달되지 않았습니다.</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>소개해 주신 분</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>후속 연락 기한</translation>
    </message>
    <message>
      <source>First contact</source>
      <translation>첫 연락</translation>
    </message>
    <message>
      <source>Thanked</source>
      <translation>감사 인사</translation>
    </message>
    <message>
      <source>Converted</source>
      <translation>전환</translation>
    </message>
    <message>
      <source>Trigger</source>
      <translation>계기</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>보상</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>모든 상태</translation>
    </message>
    <message>
      <source>{0} referrals</source>
      <translation>소개 {0}건</translation>
    </message>
    <message>
      <source>Record first contact today</source>
      <translation>오늘 첫 연락으로 기록</translation>
    </message>
    <message>
      <source>Say thank you…</source>
      <translation>감사 인사하기…</translation>
    </message>
    <message>
      <source>Referral analytics will appear here.</source>
      <translation>소개 분석이 여기에 표시됩니다.</translation>
    </message>
    <message>
      <source>Pipeline</source>
      <translation>진행 단계</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>표</translation>
    </message>
    <message>
      <source>Centres of influence</source>
      <translation>협력 전문가</translation>
    </message>
    <message>
      <source>Compliance</source>
      <translation>규정 준수</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>분석</translation>
    </message>
    <message>
      <source>Record a referral…</source>
      <translation>소개 기록…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+R from anywhere</source>
      <translation>어디서나 Ctrl+Shift+R</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>계기 기록…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Excel workbook, every table…</source>
      <translation>Excel 통합 문서(모든 표)…</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
      <source>Summary as CSV…</source>
      <translation>요약 CSV…</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Metrics as JSON…</source>
      <translation>지표 JSON…</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>분기</translation>
    </message>
    <message>
      <source>&amp;Save PDF…</source>
      <translation>PDF 저장(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Export data</source>
      <translation>데이터 내보내기(&amp;E)</translation>
    </message>
    <message>
      <source>&lt;h2&gt;Quarterly report&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;분기 보고서&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>분기(&amp;Q):</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>{0} (to date)</source>
      <translation>{0}(현재까지)</translation>
    </message>
    <message>
      <source>Preparing the {0} report…</source>
      <translation>{0} 보고서를 준비하는 중…</translation>
    </message>
    <message>
      <source>{0} report: {1} pages.</source>
      <translation>{0} 보고서: {1}쪽.</translation>
    </message>
    <message>
      <source>Some text cannot be printed with the bundled fonts: {0}</source>
      <translation>일부 텍스트는 포함된 글꼴로 인쇄할 수 없습니다: {0}</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>보고서를 만들 수 없습니다.</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>중지했습니다.</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>보고서 저장</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The report could not be saved to {0}: {1}</source>
      <translation>보고서를 {0}에 저장할 수 없습니다: {1}</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>{0} 저장됨</translation>
    </message>
    <message>
      <source>Export the data</source>
      <translation>데이터 내보내기</translation>
    </message>
    <message>
      <source>Exporting {0}…</source>
      <translation>{0} 내보내는 중…</translation>
    </message>
  </context>
  <context>
    <name>Reviews</name>
    <message>
      <source>Tier {0}</source>
      <translation>{0} 등급</translation>
    </message>
    <message>
      <source>never reviewed</source>
      <translation>점검한 적 없음</translation>
    </message>
    <message>
      <source>last review {0}</source>
      <translation>마지막 점검 {0}</translation>
    </message>
    <message>
      <source>due now</source>
      <translation>지금 점검 시기</translation>
    </message>
    <message>
      <source>next due {0}</source>
      <translation>다음 점검 {0}</translation>
    </message>
    <message>
      <source>Booked for {0}</source>
      <translation>{0} 예약됨</translation>
    </message>
    <message>
      <source>Complete review</source>
      <translation>점검 완료</translation>
    </message>
    <message>
      <source>Cancel review</source>
      <translation>점검 취소</translation>
    </message>
    <message>
      <source>Cancel the review with {0} on {1}? It stays in the history as cancelled.</source>
      <translation>{1}에 예정된 {0} 님과의 점검을 취소할까요? 기록에는 취소됨으로 남습니다.</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>유지</translation>
    </message>
    <message>
      <source>Review already booked</source>
      <translation>이미 예약된 점검</translation>
    </message>
    <message>
      <source>{0} has a review booked for {1}.</source>
      <translation>{0} 님은 {1}에 점검이 예약되어 있습니다.</translation>
    </message>
    <message>
      <source>Complete it…</source>
      <translation>완료하기…</translation>
    </message>
    <message>
      <source>Move it…</source>
      <translation>일정 변경…</translation>
    </message>
    <message>
      <source>Book another…</source>
      <translation>하나 더 예약…</translation>
    </message>
    <message>
      <source>Schedule review</source>
      <translation>점검 예약</translation>
    </message>
    <message>
      <source>Portfolio reviews are for active clients. {0} is not one: set the relationship to client (or restore the contact) first.</source>
      <translation>포트폴리오 점검은 현재 고객에게만 해당됩니다. {0} 님은 현재 고객이 아닙니다. 먼저 관계를 고객으로 바꾸거나 연락처를 복원하세요.</translation>
    </message>
    <message>
      <source>Record a review</source>
      <translation>점검 기록</translation>
    </message>
    <message>
      <source>Schedule review with {0}</source>
      <translation>{0} 님과 점검 예약</translation>
    </message>
    <message>
      <source>Review with {0} booked for {1}.</source>
      <translation>{0} 님과의 점검을 {1}(으)로 예약했습니다.</translation>
    </message>
    <message>
      <source>Record review with {0}</source>
      <translation>{0} 님과의 점검 기록</translation>
    </message>
    <message>
      <source>Review with {0} recorded.</source>
      <translation>{0} 님과의 점검을 기록했습니다.</translation>
    </message>
    <message>
      <source>Move review with {0}</source>
      <translation>{0} 님과의 점검 일정 변경</translation>
    </message>
    <message>
      <source>Review with {0} moved to {1}.</source>
      <translation>{0} 님과의 점검을 {1}(으)로 옮겼습니다.</translation>
    </message>
    <message>
      <source>all day</source>
      <translation>종일</translation>
    </message>
    <message>
      <source>&lt;b&gt;Coverage&lt;/b&gt;, last 12 months</source>
      <translation>&lt;b&gt;점검 충족률&lt;/b&gt;, 최근 12개월</translation>
    </message>
    <message>
      <source>Of each tier's clients of at least a year's standing, the share who had as many completed reviews in the last 12 months as their cadence asks.</source>
      <translation>등급별로 고객이 된 지 1년 이상 된 분 가운데, 최근 12개월 동안 점검 주기에 맞는 횟수만큼 점검을 마친 분의 비율입니다.</translation>
    </message>
    <message>
      <source>Tier {0}: {1}</source>
      <translation>{0} 등급: {1}</translation>
    </message>
    <message>
      <source>{0} of {1} clients</source>
      <translation>고객 {1}명 중 {0}명</translation>
    </message>
    <message>
      <source>Move review</source>
      <translation>점검 일정 변경</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>날짜(&amp;D):</translation>
    </message>
    <message>
      <source>At a set &amp;time</source>
      <translation>시간 지정(&amp;T)</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>시간:</translation>
    </message>
    <message>
      <source>Not set</source>
      <translation>설정 안 함</translation>
    </message>
    <message>
      <source>&amp;Meeting:</source>
      <translation>상담 방식(&amp;M):</translation>
    </message>
    <message>
      <source>What to prepare or discuss (stays in the book)</source>
      <translation>준비하거나 논의할 내용(명부에 저장됨)</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>메모(&amp;N):</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>옮기기</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>예약</translation>
    </message>
    <message>
      <source>A review cannot be completed after today.</source>
      <translation>점검은 오늘 이후 날짜로 완료할 수 없습니다.</translation>
    </message>
    <message>
      <source>&amp;Held on:</source>
      <translation>진행일(&amp;H):</translation>
    </message>
    <message>
      <source>I asked the client for &amp;feedback</source>
      <translation>고객께 의견을 여쭈었습니다(&amp;F)</translation>
    </message>
    <message>
      <source>We had a &amp;referral conversation</source>
      <translation>소개에 관해 이야기했습니다(&amp;R)</translation>
    </message>
    <message>
      <source>Notes from the review</source>
      <translation>점검 메모</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>완료</translation>
    </message>
    <message>
      <source>at {0}</source>
      <translation>{0}</translation>
    </message>
    <message>
      <source>Portfolio review: {name}</source>
      <translation>포트폴리오 점검: {name}</translation>
    </message>
    <message>
      <source>Portfolio reviews</source>
      <translation>포트폴리오 점검</translation>
    </message>
    <message>
      <source>Export booked reviews</source>
      <translation>예약된 점검 내보내기</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>내보내기를 취소하여 파일을 만들지 않았습니다.</translation>
    </message>
    <message>
      <source>Exporting {0} of {1} reviews…</source>
      <translation>점검 {1}건 중 {0}건 내보내는 중…</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>오늘 점검 시기</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>고객</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>등급</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>고객군</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>점검 주기</translation>
    </message>
    <message>
      <source>Last review</source>
      <translation>마지막 점검</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>점검 시기</translation>
    </message>
    <message>
      <source>now</source>
      <translation>지금</translation>
    </message>
    <message>
      <source>Late by</source>
      <translation>지연 기간</translation>
    </message>
    <message>
      <source>Booked for</source>
      <translation>예약일</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>시간</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>방식</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Held? Record it</source>
      <translation>진행하셨나요? 기록하세요</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>일정 변경됨</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>예약됨</translation>
    </message>
    <message>
      <source>Chosen segment</source>
      <translation>선택한 고객군</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>제안</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>이유</translation>
    </message>
    <message>
      <source>How likely are you to recommend us to a friend?</source>
      <translation>저희를 친구에게 추천하실 가능성은 얼마나 되십니까?</translation>
    </message>
    <message>
      <source>Answer {0} of 10</source>
      <translation>응답 {0}점(10점 만점)</translation>
    </message>
    <message>
      <source>0 = not at all likely</source>
      <translation>0 = 전혀 그렇지 않다</translation>
    </message>
    <message>
      <source>10 = extremely likely</source>
      <translation>10 = 매우 그렇다</translation>
    </message>
    <message>
      <source>No answer</source>
      <translation>응답 없음</translation>
    </message>
    <message>
      <source>The client did not answer.</source>
      <translation>고객께서 응답하지 않으셨습니다.</translation>
    </message>
    <message>
      <source>A promoter: a good moment to talk about referrals.</source>
      <translation>추천 고객: 소개를 이야기하기 좋은 때입니다.</translation>
    </message>
    <message>
      <source>Passive.</source>
      <translation>중립 고객.</translation>
    </message>
    <message>
      <source>A detractor: ask what would make it better.</source>
      <translation>비추천 고객: 무엇이 나아지면 좋을지 여쭈어 보세요.</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>달력</translation>
    </message>
    <message>
      <source>All tiers</source>
      <translation>모든 등급</translation>
    </message>
    <message>
      <source>All segments</source>
      <translation>모든 고객군</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>표시:</translation>
    </message>
    <message>
      <source>Export to calendar…</source>
      <translation>달력으로 내보내기…</translation>
    </message>
    <message>
      <source>Save the booked reviews as an .ics file for Outlook, Google Calendar or Apple Calendar. Importing a newer file updates the events instead of doubling them.</source>
      <translation>예약된 점검을 Outlook, Google 캘린더, Apple 캘린더용 .ics 파일로 저장합니다. 더 새로운 파일을 가져오면 일정이 중복되지 않고 업데이트됩니다.</translation>
    </message>
    <message>
      <source>Due in the</source>
      <translation>점검 시기:</translation>
    </message>
    <message>
      <source>Open client</source>
      <translation>고객 열기</translation>
    </message>
    <message>
      <source>Record a review…</source>
      <translation>점검 기록…</translation>
    </message>
    <message>
      <source>Schedule…</source>
      <translation>예약…</translation>
    </message>
    <message>
      <source>Not yet recorded, and the coming</source>
      <translation>아직 기록하지 않은 점검과 앞으로</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation>주</translation>
    </message>
    <message>
      <source>Cancel review…</source>
      <translation>점검 취소…</translation>
    </message>
    <message>
      <source>Move…</source>
      <translation>일정 변경…</translation>
    </message>
    <message>
      <source>Complete…</source>
      <translation>완료…</translation>
    </message>
    <message>
      <source>Where a client's record points to another segment than the one you chose: latest NPS, reviews in the last 12 months against the cadence, a written plan and referrals given. Accept to change the segment, or leave it as it is.</source>
      <translation>고객의 기록이 선택하신 고객군과 다른 고객군을 가리키는 경우입니다. 최근 NPS, 점검 주기 대비 최근 12개월의 점검, 서면 계획, 해 주신 소개를 살펴봅니다. 수락하면 고객군이 바뀌고, 그대로 두셔도 됩니다.</translation>
    </message>
    <message>
      <source>Accept selected</source>
      <translation>선택 항목 수락</translation>
    </message>
    <message>
      <source>Overdue ({0})</source>
      <translation>지연({0})</translation>
    </message>
    <message>
      <source>Due soon ({0})</source>
      <translation>곧 점검({0})</translation>
    </message>
    <message>
      <source>Booked ({0})</source>
      <translation>예약됨({0})</translation>
    </message>
    <message>
      <source>Suggested segments ({0})</source>
      <translation>제안된 고객군({0})</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>불러오는 중…</translation>
    </message>
    <message>
      <source>Select a row first.</source>
      <translation>먼저 행을 선택하세요.</translation>
    </message>
    <message>
      <source>Pick a review in the day's list first.</source>
      <translation>먼저 그날 목록에서 점검을 선택하세요.</translation>
    </message>
    <message>
      <source>Select the suggestions to accept first.</source>
      <translation>먼저 수락할 제안을 선택하세요.</translation>
    </message>
    <message>
      <source>Cancel export</source>
      <translation>내보내기 취소</translation>
    </message>
    <message>
      <source>How many portfolio reviews a year each service tier gets. A client's own "reviews a year" (on their record) takes precedence over the tier.</source>
      <translation>서비스 등급별 연간 포트폴리오 점검 횟수입니다. 고객 기록에 있는 본인의 ‘연간 점검 횟수’가 등급보다 우선합니다.</translation>
    </message>
    <message>
      <source> a year</source>
      <translation>회/년</translation>
    </message>
    <message>
      <source>Tier {0}:</source>
      <translation>{0} 등급:</translation>
    </message>
    <message>
      <source>Cadences that divide the year (1, 2, 3, 4, 6, 12) count calendar months; others count days (5 a year: every 73 days).</source>
      <translation>1년을 나누어떨어지게 하는 주기(1, 2, 3, 4, 6, 12)는 달력상 월로 계산하고, 그 밖의 주기는 일수로 계산합니다(연 5회: 73일마다).</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>대면</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>화상 통화</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>전화 통화</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>&amp;Audit log…</source>
      <translation>감사 로그(&amp;A)…</translation>
    </message>
    <message>
      <source>&amp;Verify audit trail…</source>
      <translation>감사 기록 검증(&amp;V)…</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>백업 복원(&amp;R)…</translation>
    </message>
    <message>
      <source>Backups and &amp;lock…</source>
      <translation>백업 및 잠금(&amp;L)…</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>암호 문구 변경(&amp;P)…</translation>
    </message>
    <message>
      <source>Remove &amp;encryption…</source>
      <translation>암호화 해제(&amp;E)…</translation>
    </message>
    <message>
      <source>Loc&amp;k now</source>
      <translation>지금 잠그기(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Encrypt this book…</source>
      <translation>이 명부 암호화(&amp;E)…</translation>
    </message>
    <message>
      <source>The book at {0} is damaged: {1}. Work saved from now on may be lost. Restore a backup now?</source>
      <translation>{0}에 있는 명부가 손상되었습니다: {1}. 지금부터 저장하는 작업은 잃을 수 있습니다. 지금 백업을 복원할까요?</translation>
    </message>
    <message>
      <source>The automatic backup failed: {0}</source>
      <translation>자동 백업에 실패했습니다: {0}</translation>
    </message>
    <message>
      <source>History of contact {0}</source>
      <translation>연락처 {0}의 기록</translation>
    </message>
    <message>
      <source>Back up the book</source>
      <translation>명부 백업</translation>
    </message>
    <message>
      <source>Books (*.sqlite3)</source>
      <translation>명부 (*.sqlite3)</translation>
    </message>
    <message>
      <source>Backed up the book to {0}.</source>
      <translation>명부를 {0}에 백업했습니다.</translation>
    </message>
    <message>
      <source>Choose a backup to restore</source>
      <translation>복원할 백업 선택</translation>
    </message>
    <message>
      <source>Books (*.sqlite3 *.db);;All files (*)</source>
      <translation>명부 (*.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Put {0} in place of the open book? The book as it is now is kept beside it under a new name; the app closes the book and opens the backup.</source>
      <translation>열려 있는 명부 대신 {0}을(를) 사용할까요? 현재 명부는 새 이름으로 옆에 보관되며, 앱이 명부를 닫고 백업을 엽니다.</translation>
    </message>
    <message>
      <source>Encrypt this book</source>
      <translation>이 명부 암호화</translation>
    </message>
    <message>
      <source>Choose a passphrase. Without it nobody, you included, can open the book or its backups: keep it somewhere safe. The unencrypted file is overwritten and deleted unless you keep a copy below.</source>
      <translation>암호 문구를 정하세요. 암호 문구가 없으면 본인을 포함해 누구도 명부나 백업을 열 수 없으니 안전한 곳에 보관하세요. 아래에서 사본을 남기지 않으면 암호화되지 않은 파일은 덮어쓴 뒤 삭제됩니다.</translation>
    </message>
    <message>
      <source>&amp;Keep an unencrypted copy beside the book</source>
      <translation>명부 옆에 암호화되지 않은 사본 보관(&amp;K)</translation>
    </message>
    <message>
      <source>Encrypting the book…</source>
      <translation>명부를 암호화하는 중…</translation>
    </message>
    <message>
      <source>Enter the current passphrase.</source>
      <translation>현재 암호 문구를 입력하세요.</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>암호 문구 변경</translation>
    </message>
    <message>
      <source>Backups made before the change keep the old passphrase.</source>
      <translation>변경 전에 만든 백업은 이전 암호 문구를 그대로 사용합니다.</translation>
    </message>
    <message>
      <source>The book now opens with the new passphrase.</source>
      <translation>이제 새 암호 문구로 명부를 엽니다.</translation>
    </message>
    <message>
      <source>Changing the passphrase…</source>
      <translation>암호 문구를 변경하는 중…</translation>
    </message>
    <message>
      <source>Removing the encryption leaves the book readable by anyone who can read the file. Enter the passphrase to go on.</source>
      <translation>암호화를 해제하면 파일을 읽을 수 있는 누구나 명부를 볼 수 있습니다. 계속하려면 암호 문구를 입력하세요.</translation>
    </message>
    <message>
      <source>Removing the encryption…</source>
      <translation>암호화를 해제하는 중…</translation>
    </message>
  </context>
  <context>
    <name>SafetySettings</name>
    <message>
      <source>Backups and lock</source>
      <translation>백업 및 잠금</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>선택(&amp;C)…</translation>
    </message>
    <message>
      <source> days</source>
      <translation>일</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation>주</translation>
    </message>
    <message>
      <source> minutes</source>
      <translation>분</translation>
    </message>
    <message>
      <source>never</source>
      <translation>안 함</translation>
    </message>
    <message>
      <source>Backup &amp;folder:</source>
      <translation>백업 폴더(&amp;F):</translation>
    </message>
    <message>
      <source>Keep the last backup of each of the last</source>
      <translation>최근 다음 일수 동안 날마다 마지막 백업 보관:</translation>
    </message>
    <message>
      <source>and of each of the last</source>
      <translation>그리고 최근 다음 주 동안 주마다:</translation>
    </message>
    <message>
      <source>&amp;Lock an encrypted book after</source>
      <translation>암호화된 명부를 다음 시간 후 잠금(&amp;L)</translation>
    </message>
    <message>
      <source>A backup is made when you close the app and once a day while it is open.</source>
      <translation>앱을 닫을 때와 앱이 열려 있는 동안 하루에 한 번 백업합니다.</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>백업 폴더</translation>
    </message>
  </context>
  <context>
    <name>Segments</name>
    <message>
      <source>Engaged</source>
      <translation>적극적</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>만족</translation>
    </message>
    <message>
      <source>Complacent</source>
      <translation>안주</translation>
    </message>
    <message>
      <source>Disgruntled</source>
      <translation>불만</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>알 수 없음</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>{0} (read-only)</source>
      <translation>{0}(읽기 전용)</translation>
    </message>
    <message>
      <source>Read-only: you can look, export and print; changes cannot be saved</source>
      <translation>읽기 전용: 보기, 내보내기, 인쇄는 할 수 있지만 변경 내용은 저장할 수 없습니다</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Kits in another language print the wording given here; a default kind left as it is prints the wording the app ships.</source>
      <translation>다른 언어의 안내서에는 여기에 적은 문구가 인쇄됩니다. 기본 종류를 그대로 두면 앱에 포함된 문구가 인쇄됩니다.</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>Talking point (printed in the kit)</source>
      <translation>대화 요점(안내서에 인쇄됨)</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>사용</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>사용 중</translation>
    </message>
    <message>
      <source>Add a kind</source>
      <translation>종류 추가</translation>
    </message>
    <message>
      <source>Delete kind</source>
      <translation>종류 삭제</translation>
    </message>
    <message>
      <source>A kind that logged triggers use cannot be deleted: clear Active to retire it. It stays on those triggers and is no longer offered for new ones.</source>
      <translation>기록된 계기에 쓰인 종류는 삭제할 수 없습니다. ‘사용’ 표시를 해제하면 더 이상 쓰지 않게 됩니다. 기존 계기에는 남아 있지만 새 계기에는 제시되지 않습니다.</translation>
    </message>
    <message>
      <source>Placeholders: {0}</source>
      <translation>자리 표시자: {0}</translation>
    </message>
    <message>
      <source> days</source>
      <translation>일</translation>
    </message>
    <message>
      <source>Conversation triggers to listen for</source>
      <translation>귀 기울일 대화 계기</translation>
    </message>
    <message>
      <source>Wording for kits in:</source>
      <translation>안내서 문구 언어:</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>감사 편지</translation>
    </message>
    <message>
      <source>Subject:</source>
      <translation>제목:</translation>
    </message>
    <message>
      <source>Message:</source>
      <translation>내용:</translation>
    </message>
    <message>
      <source>Preview:</source>
      <translation>미리 보기:</translation>
    </message>
    <message>
      <source>Ask list</source>
      <translation>소개 요청 목록</translation>
    </message>
    <message>
      <source>Ask a client again after:</source>
      <translation>같은 고객께 다시 요청하는 간격:</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>소개</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>In use: retire it instead (clear Active)</source>
      <translation>사용 중: 대신 사용 중지하세요(‘사용’ 표시 해제)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>설정</translation>
    </message>
    <message>
      <source>Fix the fields marked in red first.</source>
      <translation>먼저 빨간색으로 표시된 필드를 고치세요.</translation>
    </message>
    <message>
      <source>Referral kits and quarterly reports print these details.</source>
      <translation>추천 안내서와 분기 보고서에 이 정보가 인쇄됩니다.</translation>
    </message>
    <message>
      <source>As the system is set</source>
      <translation>시스템 설정에 따름</translation>
    </message>
    <message>
      <source>The app shows its menus, pages and messages in this language from the next time it starts. A client's kit is written in the client's own language (see the contact's Kit language).</source>
      <translation>다음에 앱을 시작할 때부터 메뉴, 페이지, 메시지가 이 언어로 표시됩니다. 고객의 추천 안내서는 고객 본인의 언어로 작성됩니다(연락처의 ‘안내서 언어’ 참고).</translation>
    </message>
    <message>
      <source>Language of the app:</source>
      <translation>앱 언어:</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>프로필</translation>
    </message>
    <message>
      <source>Kit Branding</source>
      <translation>안내서 디자인</translation>
    </message>
    <message>
      <source>Review Cadence</source>
      <translation>점검 주기</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>언어</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>The book open in this window</source>
      <translation>이 창에서 열려 있는 명부</translation>
    </message>
    <message numerus="yes">
      <source>%Ln contact</source>
      <comment>%Ln contacts</comment>
      <translation>
        <numerusform>연락처 %Ln명</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Portfolio review (NPS {0})</source>
      <translation>포트폴리오 점검(NPS {0})</translation>
    </message>
    <message>
      <source>Portfolio review</source>
      <translation>포트폴리오 점검</translation>
    </message>
    <message>
      <source>Portfolio review scheduled</source>
      <translation>포트폴리오 점검 예약됨</translation>
    </message>
    <message>
      <source>Portfolio review cancelled</source>
      <translation>포트폴리오 점검 취소됨</translation>
    </message>
    <message>
      <source>Portfolio review missed</source>
      <translation>포트폴리오 점검 누락</translation>
    </message>
    <message>
      <source>Trigger: {0}</source>
      <translation>계기: {0}</translation>
    </message>
    <message>
      <source>Referred {0}</source>
      <translation>{0} 님을 소개함</translation>
    </message>
    <message>
      <source>Referred by {0}</source>
      <translation>{0} 님의 소개</translation>
    </message>
    <message>
      <source>Referral kit generated</source>
      <translation>추천 안내서 작성함</translation>
    </message>
    <message>
      <source>Introduced to {0}</source>
      <translation>{0} 님께 소개됨</translation>
    </message>
    <message>
      <source>You introduced {0}</source>
      <translation>{0} 님을 소개해 드림</translation>
    </message>
    <message>
      <source>Became a client</source>
      <translation>고객이 됨</translation>
    </message>
    <message>
      <source>Added to the book</source>
      <translation>명부에 추가됨</translation>
    </message>
    <message>
      <source>referral conversation held</source>
      <translation>소개에 관한 대화를 나눔</translation>
    </message>
    <message numerus="yes">
      <source>%Ln page</source>
      <comment>%Ln pages</comment>
      <translation>
        <numerusform>%Ln쪽</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Today</name>
    <message>
      <source>Today</source>
      <translation>오늘</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>고객</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>잠재 고객</translation>
    </message>
    <message>
      <source>Centers of influence</source>
      <translation>협력 전문가</translation>
    </message>
    <message>
      <source>Reviews overdue</source>
      <translation>지연된 점검</translation>
    </message>
    <message>
      <source>Your Book</source>
      <translation>나의 명부</translation>
    </message>
    <message>
      <source>No contacts yet.</source>
      <translation>아직 연락처가 없습니다.</translation>
    </message>
    <message>
      <source>Recently Added</source>
      <translation>최근 추가</translation>
    </message>
    <message>
      <source>Nothing here today.</source>
      <translation>오늘은 할 일이 없습니다.</translation>
    </message>
    <message>
      <source>… and {0} more</source>
      <translation>… 외 {0}건</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>열기</translation>
    </message>
    <message>
      <source>Contacted today</source>
      <translation>오늘 연락함</translation>
    </message>
    <message>
      <source>Referrals waiting for a first contact</source>
      <translation>첫 연락을 기다리는 소개</translation>
    </message>
    <message>
      <source>Referred person</source>
      <translation>소개받은 분</translation>
    </message>
    <message>
      <source>Referred by</source>
      <translation>소개해 주신 분</translation>
    </message>
    <message>
      <source>Follow up by</source>
      <translation>후속 연락 기한</translation>
    </message>
    <message>
      <source>Every new referral has been contacted.</source>
      <translation>새로운 소개에 모두 연락했습니다.</translation>
    </message>
    <message>
      <source>Overdue follow-ups</source>
      <translation>지연된 후속 연락</translation>
    </message>
    <message>
      <source>Was due</source>
      <translation>기한</translation>
    </message>
    <message>
      <source>{0} ({1} days late)</source>
      <translation>{0}({1}일 지남)</translation>
    </message>
    <message>
      <source>No referral has waited more than two days.</source>
      <translation>이틀 넘게 기다린 소개는 없습니다.</translation>
    </message>
    <message>
      <source>Thank-yous owed</source>
      <translation>감사 인사할 분</translation>
    </message>
    <message>
      <source>Thank</source>
      <translation>감사 인사</translation>
    </message>
    <message>
      <source>For referring</source>
      <translation>소개해 주신 분</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>받은 날</translation>
    </message>
    <message>
      <source>Say thank you</source>
      <translation>감사 인사하기</translation>
    </message>
    <message>
      <source>Everyone who referred lately has been thanked.</source>
      <translation>최근 소개해 주신 분들께 모두 감사 인사를 드렸습니다.</translation>
    </message>
    <message>
      <source>Compensated referrals missing a disclosure</source>
      <translation>고지가 누락된 보상 소개</translation>
    </message>
    <message>
      <source>Promoter</source>
      <translation>홍보자</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>보상</translation>
    </message>
    <message>
      <source>Record the disclosure…</source>
      <translation>고지 기록…</translation>
    </message>
    <message>
      <source>Every compensated referral has its disclosure.</source>
      <translation>보상이 따른 소개 모두 고지를 갖추었습니다.</translation>
    </message>
    <message>
      <source>Engaged, tier A client</source>
      <translation>적극적인 A 등급 고객</translation>
    </message>
    <message>
      <source>Engaged client</source>
      <translation>적극적인 고객</translation>
    </message>
    <message>
      <source>Tier A client</source>
      <translation>A 등급 고객</translation>
    </message>
    <message>
      <source>Gave {0} at the review on {1}</source>
      <translation>{1} 점검에서 {0}점을 주심</translation>
    </message>
    <message>
      <source>{0} on {1}</source>
      <translation>{1}: {0}</translation>
    </message>
    <message>
      <source>Never had a referral conversation</source>
      <translation>소개에 관해 이야기한 적 없음</translation>
    </message>
    <message>
      <source>No referral conversation in {0} days (last on {1})</source>
      <translation>{0}일 동안 소개에 관한 대화 없음(마지막: {1})</translation>
    </message>
    <message>
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <source>Who to ask for a referral</source>
      <translation>소개를 부탁드릴 분</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>고객</translation>
    </message>
    <message>
      <source>Why now</source>
      <translation>지금인 이유</translation>
    </message>
    <message>
      <source>Log the conversation…</source>
      <translation>대화 기록…</translation>
    </message>
    <message>
      <source>Nobody right now: the list fills after positive reviews and life events.</source>
      <translation>지금은 없습니다. 좋은 점검 결과나 인생의 큰일이 있은 뒤에 목록이 채워집니다.</translation>
    </message>
    <message>
      <source>Reviews this week</source>
      <translation>이번 주 점검</translation>
    </message>
    <message>
      <source>{0} — due {1}, not booked</source>
      <translation>{0} — {1} 점검 시기, 예약 안 됨</translation>
    </message>
    <message>
      <source>Overdue reviews</source>
      <translation>지연된 점검</translation>
    </message>
    <message>
      <source>, booked for {0}</source>
      <translation>, {0} 예약됨</translation>
    </message>
  </context>
  <context>
    <name>TodayKpis</name>
    <message>
      <source>Referrals received</source>
      <translation>받은 소개</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>전환율</translation>
    </message>
    <message>
      <source>Net Promoter Score</source>
      <translation>순추천지수(NPS)</translation>
    </message>
    <message>
      <source>Clients who referred, last 12 months</source>
      <translation>최근 12개월 동안 소개해 주신 고객</translation>
    </message>
    <message>
      <source>This quarter so far</source>
      <translation>이번 분기 현재까지</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; to date</source>
      <translation>현재까지 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{0} intended introductions</source>
      <translation>소개 예정 {0}건</translation>
    </message>
    <message>
      <source>{0} converted</source>
      <translation>{0}건 전환</translation>
    </message>
    <message>
      <source>{0} responses</source>
      <translation>응답 {0}건</translation>
    </message>
    <message>
      <source>Field benchmark {0}</source>
      <translation>업계 기준 {0}</translation>
    </message>
  </context>
  <context>
    <name>Triggers</name>
    <message>
      <source>Edit trigger</source>
      <translation>계기 편집</translation>
    </message>
    <message>
      <source>Log a trigger</source>
      <translation>계기 기록</translation>
    </message>
    <message>
      <source>What happened, in their words</source>
      <translation>있었던 일(그분의 말 그대로)</translation>
    </message>
    <message>
      <source>We talked about referrals</source>
      <translation>소개에 관해 이야기했습니다</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>연락처(&amp;C):</translation>
    </message>
    <message>
      <source>&amp;What happened:</source>
      <translation>있었던 일(&amp;W):</translation>
    </message>
    <message>
      <source>&amp;When:</source>
      <translation>날짜(&amp;W):</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>메모(&amp;N):</translation>
    </message>
    <message>
      <source>{0} (retired)</source>
      <translation>{0}(사용 중지됨)</translation>
    </message>
    <message>
      <source>Choose the contact from the list that appears as you type.</source>
      <translation>입력할 때 나타나는 목록에서 연락처를 선택하세요.</translation>
    </message>
    <message>
      <source>Choose what happened.</source>
      <translation>있었던 일을 선택하세요.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>{0} referral(s)</source>
      <translation>소개 {0}건</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>연락처</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>있었던 일</translation>
    </message>
    <message>
      <source>Talked about referrals</source>
      <translation>소개 대화</translation>
    </message>
    <message>
      <source>Referral followed</source>
      <translation>소개로 이어짐</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>메모</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>모든 종류</translation>
    </message>
    <message>
      <source>From</source>
      <translation>시작</translation>
    </message>
    <message>
      <source>To</source>
      <translation>끝</translation>
    </message>
    <message>
      <source>With or without a referral</source>
      <translation>소개 여부와 관계없이</translation>
    </message>
    <message>
      <source>A referral followed</source>
      <translation>소개로 이어짐</translation>
    </message>
    <message>
      <source>No referral yet</source>
      <translation>아직 소개 없음</translation>
    </message>
    <message>
      <source>Log a trigger…</source>
      <translation>계기 기록…</translation>
    </message>
    <message>
      <source>Ctrl+T from anywhere</source>
      <translation>어디서나 Ctrl+T</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>편집…</translation>
    </message>
    <message>
      <source>Record a referral from it…</source>
      <translation>이 계기로 소개 기록…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>{0} triggers</source>
      <translation>계기 {0}건</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Add {0}</source>
      <translation>{0} 추가</translation>
    </message>
    <message>
      <source>Edit {0}</source>
      <translation>{0} 편집</translation>
    </message>
    <message>
      <source>Archive {0}</source>
      <translation>{0} 보관</translation>
    </message>
    <message>
      <source>Restore {0}</source>
      <translation>{0} 복원</translation>
    </message>
    <message>
      <source>Rename household {0} to {1}</source>
      <translation>{0} 가구의 이름을 {1}(으)로 바꾸기</translation>
    </message>
    <message>
      <source>Merge {0} into {1}</source>
      <translation>{0}을(를) {1}에 병합</translation>
    </message>
    <message numerus="yes">
      <source>Archive %Ln contact</source>
      <comment>Archive %Ln contacts</comment>
      <translation>
        <numerusform>연락처 %Ln명 보관</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Restore %Ln contact</source>
      <comment>Restore %Ln contacts</comment>
      <translation>
        <numerusform>연락처 %Ln명 복원</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Welcome</name>
    <message>
      <source>Welcome to Advisor Referrals</source>
      <translation>Advisor Referrals에 오신 것을 환영합니다</translation>
    </message>
    <message>
      <source>Your client book is empty. How would you like to start?</source>
      <translation>고객 명부가 비어 있습니다. 어떻게 시작하시겠어요?</translation>
    </message>
    <message>
      <source>Start an empty book</source>
      <translation>빈 명부로 시작</translation>
    </message>
    <message>
      <source>Add your clients one by one, or import them later.</source>
      <translation>고객을 한 분씩 추가하거나 나중에 가져오세요.</translation>
    </message>
    <message>
      <source>Open a demo book</source>
      <translation>데모 명부 열기</translation>
    </message>
    <message>
      <source>250 made-up clients with referrals, triggers and reviews to explore.</source>
      <translation>소개, 계기, 점검 기록이 있는 가상의 고객 250명을 살펴보세요.</translation>
    </message>
    <message>
      <source>Import contacts from CSV</source>
      <translation>CSV에서 연락처 가져오기</translation>
    </message>
    <message>
      <source>Bring your clients over from a spreadsheet or another CRM.</source>
      <translation>스프레드시트나 다른 CRM에서 고객 정보를 가져오세요.</translation>
    </message>
    <message>
      <source>About you</source>
      <translation>본인 정보</translation>
    </message>
    <message>
      <source>Printed on referral kits and reports. You can change it in Settings.</source>
      <translation>추천 안내서와 보고서에 인쇄됩니다. 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
      <source>Filling the demo book…</source>
      <translation>데모 명부를 채우는 중…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Demo Book</source>
      <translation>데모 명부</translation>
    </message>
  </context>
</TS>