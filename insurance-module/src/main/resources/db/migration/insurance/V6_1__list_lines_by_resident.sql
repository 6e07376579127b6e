-- The duplicate check of an upload looks up waiting list lines by resident ID (one probe per ID).
create index enrolment_list_line_by_resident on insurance.enrolment_list_line (resident_id);
