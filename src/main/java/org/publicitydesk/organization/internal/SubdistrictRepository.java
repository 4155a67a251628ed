package org.publicitydesk.organization.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubdistrictRepository extends JpaRepository<SubdistrictEntity, Integer> {
}
