package org.painwise.site.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	/**
	 * @param email already normalised with {@link StaffAccount#normaliseEmail(String)}
	 */
	@EntityGraph(attributePaths = "roles")
	Optional<StaffAccount> findByEmail(String email);

	@EntityGraph(attributePaths = "roles")
	Optional<StaffAccount> findWithRolesById(long id);

	@EntityGraph(attributePaths = "roles")
	List<StaffAccount> findAllByOrderByDisplayNameAscEmailAsc();

	@EntityGraph(attributePaths = "roles")
	List<StaffAccount> findByEnabledTrueOrderByDisplayNameAsc();

	boolean existsByEmail(String email);

	long countByEnabledFalse();

	@Modifying
	@Query("update StaffAccount a set a.lastLoginAt = :at where a.id = :id")
	void recordLogin(long id, Instant at);

}
