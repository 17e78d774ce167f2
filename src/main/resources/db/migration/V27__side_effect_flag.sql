-- A standard response can be suggested for comments that mention a possible side effect.
alter table standard_response drop constraint standard_response_suggested_for_check;
alter table standard_response add constraint standard_response_suggested_for_check
    check (suggested_for in ('MEDICAL_ADVICE', 'CRISIS', 'SIDE_EFFECT'));
