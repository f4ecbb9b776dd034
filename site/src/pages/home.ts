// The front page: the three entrances.
import { h } from '../dom';
import { t } from '../i18n';
import { page } from '../router';

page('/', () => {
  const card = (title: string, text: string, href: string, id: string) =>
    h('article', { class: 'card', id }, h('h2', {}, title), h('p', {}, text), h('a', { class: 'button', href }, t('open')));
  return h(
    'section',
    {},
    h('h1', {}, t('homeTitle')),
    h('p', { class: 'lead' }, t('homeLead')),
    h(
      'div',
      { class: 'cards' },
      card(t('cardHospitalTitle'), t('cardHospitalText'), '#/hospital', 'entrance-hospital'),
      card(t('cardComplaintTitle'), t('cardComplaintText'), '#/complaints/new', 'entrance-public'),
      card(t('cardStaffTitle'), t('cardStaffText'), '#/staff', 'entrance-staff'),
    ),
  );
});
